import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { kubeconfigFor } from '../../dev/sandbox/kubernetes/kubeconfig';
import { discoverEckClusters } from '../../server/discovery/discover_eck_clusters';
import { ALL_NAMESPACES } from '../../server/gateways/kubernetes/namespace_scope';
import { findKubectl } from '../k8s-env/binaries';
import { readElasticsearchCrd } from '../k8s-env/eck_crds';
import { installOperatorCrds } from '../k8s-env/eck-operator/install_crds';
import { pinnedOperators } from '../k8s-env/eck-operator/operator_binaries';
import {
  adminKubeConfig,
  bindClusterRole,
  connectAsPlugin,
  shippedClusterRole,
  tokenUser,
} from '../k8s-env/plugin/plugin_identity';
import { startControlPlane, type ControlPlane } from '../k8s-env/start_control_plane';
import { goal, interleavedMediansMs, ratio } from './measure';
import { createBenchNamespaces, createEckClusters } from './real_eck_clusters';

const run = promisify(execFile);
const RUNS = 5;
/** kubectl prints one JSON document with every resource: 1,000 clusters are a few megabytes. */
const KUBECTL_MAX_BUFFER = 256 * 1024 * 1024;

/** What the real API server needs before the bench starts; an error here means "fall back to the sandbox". */
export interface RealKubernetes {
  kubectl: string;
  eckVersion: string;
}

/** Throws, saying what is missing, when the real kube-apiserver, kubectl or ECK's CRD is not available. */
export function findRealKubernetes(): RealKubernetes {
  const kubectl = findKubectl();
  const { version } = pinnedOperators().at(-1)!;
  // Reads the CRD from the Go module cache now, so that a missing Go fails before anything starts.
  readElasticsearchCrd(version);
  return { kubectl, eckVersion: version };
}

/**
 * Discovery at scale on the real kube-apiserver with ECK's own Elasticsearch CRD: the plugin's
 * discovery (its gateway, as the shipped ClusterRole's user) against `kubectl get elasticsearch -A
 * -o json` as the same user, run in turn on the same API server at 10, 100 and 1,000 clusters.
 */
export async function realDiscoveryBench(real: RealKubernetes, counts = [10, 100, 1000]): Promise<string[]> {
  const kibana = tokenUser('kibana-eck-remote-clusters');
  const controlPlane = await startControlPlane({ users: [kibana], log: () => undefined });
  const dir = mkdtempSync(path.join(os.tmpdir(), 'eck-rc-bench-'));
  try {
    const admin = adminKubeConfig(controlPlane);
    await installOperatorCrds(admin, [readElasticsearchCrd(real.eckVersion)]);
    await bindClusterRole(admin, kibana.user, shippedClusterRole());
    const plugin = connectAsPlugin(controlPlane, kibana.token);
    const kubectl = kubectlAs(real.kubectl, controlPlane, kibana.token, dir);
    await createBenchNamespaces(admin);

    const lines = [
      `real kube-apiserver ${controlPlane.serverUrl.replace(/^https:\/\/127\.0\.0\.1:\d+$/, '(loopback)')} with ECK ${real.eckVersion}'s CRD; ` +
        `both as a user bound only to the shipped ClusterRole; medians of ${RUNS} runs taken in turn`,
    ];
    let created = 0;
    const requestCounts: number[] = [];
    for (const count of counts) {
      const seeding = Date.now();
      await createEckClusters(admin, created, count);
      created = count;
      const seededMs = Date.now() - seeding;

      plugin.requests.length = 0;
      const found = await discoverEckClusters(plugin.gateway, ALL_NAMESPACES);
      const requests = plugin.requests.length;
      requestCounts.push(requests);
      const [pluginMs, kubectlMs] = await interleavedMediansMs(RUNS, [
        () => discoverEckClusters(plugin.gateway, ALL_NAMESPACES),
        () => kubectl.list(),
      ]);
      // After the runs above, so that kubectl's discovery cache is warm, as a user's would be.
      const listed = await kubectl.list({ countRequests: true });
      if (found.length !== count || listed.items !== count) {
        throw new Error(`expected ${count} clusters, the plugin found ${found.length} and kubectl ${listed.items}`);
      }
      const within = pluginMs / kubectlMs;
      lines.push(
        `${String(count).padStart(4)} clusters: plugin discovery ${pluginMs.toFixed(0)} ms with ${requests} Kubernetes requests; ` +
          `kubectl ${kubectlMs.toFixed(0)} ms (${listed.requests} request(s) with a warm discovery cache, the list itself ${listed.listMs} ms); ratio ${ratio(pluginMs, kubectlMs)}` +
          (count === Math.max(...counts) ? `; ${goal(within <= 1.5, '≤ 1.50× kubectl at this scale')}` : '') +
          ` [seeded in ${(seededMs / 1000).toFixed(1)} s]`,
      );
    }
    const grows = requestCounts.some((requests) => requests > requestCounts[0]);
    lines.push(
      `Kubernetes requests per discovery: ${requestCounts.join(' / ')}; ${goal(!grows, 'do not grow with the cluster count')}`,
    );
    return lines;
  } finally {
    await controlPlane.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** kubectl as `token`, with its own discovery cache (warmed by the first run, as a user's would be). */
function kubectlAs(binary: string, controlPlane: ControlPlane, token: string, dir: string) {
  const kubeconfig = path.join(dir, 'kubeconfig');
  writeFileSync(kubeconfig, kubeconfigFor({ url: controlPlane.serverUrl, caPem: controlPlane.caPem }, token, 'bench'), {
    mode: 0o600,
  });
  const args = ['--kubeconfig', kubeconfig, '--cache-dir', path.join(dir, 'cache'), 'get', 'elasticsearch', '-A'];
  return {
    /**
     * The JSON output's item count and, when asked, what -v=6 logs of each response: how many
     * requests kubectl sent and how long the API server took for the lists themselves.
     */
    async list({ countRequests = false } = {}): Promise<{ items: number; requests: number; listMs: number }> {
      const verbosity = countRequests ? ['-v=6'] : [];
      const { stdout, stderr } = await run(binary, [...args, '-o', 'json', ...verbosity], {
        maxBuffer: KUBECTL_MAX_BUFFER,
      });
      // `"Response" verb="GET" url="https://…/elasticsearches?limit=500" status="200 OK" milliseconds=12`
      const responses = stderr.split('\n').filter((line) => line.includes('"Response"'));
      const listMs = responses
        .filter((line) => /url="[^"]*\/elasticsearches[?"]/.test(line))
        .reduce((sum, line) => sum + Number(line.match(/milliseconds=(\d+)/)?.[1] ?? 0), 0);
      return { items: (JSON.parse(stdout) as { items: unknown[] }).items.length, requests: responses.length, listMs };
    },
  };
}
