import { Watch } from '@kubernetes/client-node';
import { SEED_PASSWORDS } from '../../dev/sandbox/elasticsearch';
import { loadSandboxKubeConfig } from '../../dev/sandbox/kubernetes/kubeconfig';
import { ELASTICSEARCH_TYPE } from '../../dev/sandbox/kubernetes/resource_types';
import { ADMIN_TOKEN } from '../../dev/sandbox/world';
import { startSandboxApp } from '../browser/support/standalone_app';
import { ratio } from './measure';

const percentile = (values: number[], p: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))];

/**
 * Reaction time: from an ECK status change to the `change` event reaching the browser through the
 * plugin's event stream, over 100 changes; baseline in the same run, a raw client-node watch on the
 * same API server. Also counts Kubernetes requests over a quiet period (goal: none, no polling).
 */
export async function reactionBench(changes = 100): Promise<string[]> {
  const app = await startSandboxApp({ world: { timings: { rollingRestartMs: 50, loadBalancerDelayMs: 50 } } });
  try {
    const world = app.world!;
    const arrivals: Array<{ plugin?: number; raw?: number }> = [];
    const abort = new AbortController();

    const response = await fetch(
      `${app.baseUrl}/internal/eck_remote_clusters/connections/events?namespace=search-prod&name=logs-prod`,
      {
        headers: {
          'x-elastic-internal-origin': 'kibana',
          'elastic-api-version': '1',
          authorization: `Basic ${Buffer.from(`admin:${SEED_PASSWORDS.admin}`).toString('base64')}`,
        },
        signal: abort.signal,
      },
    );
    const reader = response.body!.getReader();
    const decoder = new TextDecoder();
    let pending = -1;
    void (async () => {
      for (;;) {
        const { value, done } = await reader.read().catch(() => ({ value: undefined, done: true }));
        if (done) return;
        if (pending >= 0 && decoder.decode(value).includes('"name":"logs-prod"'))
          arrivals[pending].plugin ??= performance.now();
      }
    })();

    const raw = await new Watch(await loadSandboxKubeConfig(world.kubernetes, ADMIN_TOKEN)).watch(
      `/apis/elasticsearch.k8s.elastic.co/v1/namespaces/search-prod/elasticsearches`,
      {},
      (_type, object) => {
        if (pending >= 0 && object?.metadata?.name === 'logs-prod') arrivals[pending].raw ??= performance.now();
      },
      () => undefined,
    );
    await new Promise((resolve) => setTimeout(resolve, 300));

    const quietStart = world.kubernetes.requests.length;
    await new Promise((resolve) => setTimeout(resolve, 5_000));
    const quietRequests = world.kubernetes.requests.length - quietStart;

    const plugin: number[] = [];
    const baseline: number[] = [];
    for (let i = 0; i < changes; i++) {
      arrivals[i] = {};
      pending = i;
      const current = world.kubernetes.store.get(ELASTICSEARCH_TYPE, 'search-prod', 'logs-prod')!;
      const changedAt = performance.now();
      world.kubernetes.store.replace(
        ELASTICSEARCH_TYPE,
        { ...current, status: { ...(current.status as object), availableNodes: i } },
        { statusOnly: true },
      );
      const deadline = changedAt + 5_000;
      while ((arrivals[i].plugin === undefined || arrivals[i].raw === undefined) && performance.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 1));
      }
      if (arrivals[i].plugin !== undefined) plugin.push(arrivals[i].plugin! - changedAt);
      if (arrivals[i].raw !== undefined) baseline.push(arrivals[i].raw! - changedAt);
    }
    abort.abort();
    raw.abort();
    const p = (values: number[], q: number) => percentile(values, q).toFixed(1);
    return [
      `reaction over ${changes} changes: plugin event stream p50 ${p(plugin, 50)} ms, p99 ${p(plugin, 99)} ms (${plugin.length} received); goal p99 < 1000 ms`,
      `baseline (raw client-node watch) p50 ${p(baseline, 50)} ms, p99 ${p(baseline, 99)} ms; ratio p99 ${ratio(percentile(plugin, 99), percentile(baseline, 99))}`,
      `Kubernetes requests while idle for 5 s with the event stream open: ${quietRequests}; goal 0 (watches, no polling)`,
    ];
  } finally {
    await app.stop();
  }
}
