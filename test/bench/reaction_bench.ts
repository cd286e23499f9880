import { Watch } from '@kubernetes/client-node';
import type { ApiKeyPlanResponse } from '../../common/api/api_key_connection';
import { eckServiceNames } from '../../common/eck/eck_names';
import { KUBE } from '../../dev/sandbox/eck/kube_types';
import { SEED_PASSWORDS } from '../../dev/sandbox/elasticsearch';
import { loadSandboxKubeConfig } from '../../dev/sandbox/kubernetes/kubeconfig';
import type { KubeObject } from '../../dev/sandbox/kubernetes/object_store';
import { ELASTICSEARCH_TYPE } from '../../dev/sandbox/kubernetes/resource_types';
import { ADMIN_TOKEN } from '../../dev/sandbox/world';
import { startSandboxApp } from '../browser/support/standalone_app';
import { LOGS_REMOTE } from '../flows/connect_logs_remote';
import { eventually, hostApiClient } from '../support/host_api_client';
import { goal, percentile, ratio } from './measure';

const NAMESPACE = 'search-prod';
const NAME = 'logs-prod';
/** An address nothing listens on: only what the plan reports is measured, not a connection. */
const OTHER_ADDRESS = '192.0.2.44';

/** The quiet period, `BENCH_QUIET_SECONDS` (default 60: the issue's quiet minute). */
export const quietSeconds = () => Number(process.env.BENCH_QUIET_SECONDS ?? 60);

const stepOf = (plan: ApiKeyPlanResponse, id: string) => plan.steps.find((s) => s.id === id);

/** One change ECK or a cloud makes, and how the plan shows it once re-read. */
interface Change {
  apply(): void;
  reflected(plan: ApiKeyPlanResponse): boolean;
}

/**
 * Reaction time in the sandbox, through the standalone host: from an ECK status change (phase
 * Ready ↔ ApplyingChanges, the load balancer's address) to the `change` event in the browser, and
 * to the plan the page re-reads on that event showing it, over `changes` changes; baseline in the
 * same run, a raw client-node watch on the same API server. Also counts the Kubernetes requests
 * over a quiet period with the event stream open (goal: none, no polling).
 */
export async function reactionBench(changes = 100, quietMs = quietSeconds() * 1000): Promise<string[]> {
  const app = await startSandboxApp({ world: { timings: { rollingRestartMs: 50, loadBalancerDelayMs: 50 } } });
  try {
    const world = app.world!;
    const store = world.kubernetes.store;
    const admin = hostApiClient(app.baseUrl, 'admin');
    const plan = async () => (await admin.plan(LOGS_REMOTE)).body;
    // Exposed first, so that the load balancer's address is part of the plan.
    await admin.apply(LOGS_REMOTE, 'expose_remote_cluster_server');
    await eventually(plan, (p) => stepOf(p, 'expose_remote_cluster_server')?.status === 'done');
    const rcs = eckServiceNames(NAME).remoteCluster;
    const assigned = (
      store.get(KUBE.services, NAMESPACE, rcs) as { status?: { loadBalancer?: { ingress?: Array<{ ip: string }> } } }
    ).status!.loadBalancer!.ingress![0].ip;

    // From here on the bench plays ECK and the cloud: the simulated operator would put the status back.
    world.operator.pause(NAMESPACE, NAME);
    world.operator.holdLoadBalancers();

    const events = await openEventStream(app.baseUrl);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const quietStart = world.kubernetes.requests.length;
    await new Promise((resolve) => setTimeout(resolve, quietMs));
    const quietRequests = world.kubernetes.requests.slice(quietStart);

    const raw = await rawWatches(await loadSandboxKubeConfig(world.kubernetes, ADMIN_TOKEN));
    const setStatus = (type: typeof KUBE.services | typeof ELASTICSEARCH_TYPE, name: string, status: object) => {
      const current = store.get(type, NAMESPACE, name) as KubeObject & { status?: object };
      store.replace(type, { ...current, status: { ...current.status, ...status } } as KubeObject, { statusOnly: true });
    };
    // In fours: a rolling restart begins and ends, then the cloud moves the address and back. The
    // address changes come while Ready: before that, the expose step is blocked and shows no address.
    const change = (i: number): Change => {
      if (i % 4 < 2) {
        const phase = i % 4 === 0 ? 'ApplyingChanges' : 'Ready';
        return {
          apply: () => setStatus(ELASTICSEARCH_TYPE, NAME, { phase }),
          reflected: (p) => (stepOf(p, 'enable_remote_cluster_server')?.status === 'done') === (phase === 'Ready'),
        };
      }
      const ip = i % 4 === 2 ? OTHER_ADDRESS : assigned;
      return {
        apply: () => setStatus(KUBE.services, rcs, { loadBalancer: { ingress: [{ ip }] } }),
        reflected: (p) => stepOf(p, 'expose_remote_cluster_server')?.reason?.includes(`${ip}:9443`) === true,
      };
    };

    const toEvent: number[] = [];
    const toPlan: number[] = [];
    const baseline: number[] = [];
    const planReads: number[] = [];
    for (let i = 0; i < changes; i++) {
      const { apply, reflected } = change(i);
      const eventsBefore = events.arrivals.length;
      const rawBefore = raw.arrivals.length;
      const changedAt = performance.now();
      apply();
      // What the page does: on each event, re-read the plan, until it shows the change.
      const deadline = changedAt + 5_000;
      let seen = eventsBefore;
      let planAt: number | undefined;
      while (planAt === undefined && performance.now() < deadline) {
        if (events.arrivals.length > seen) {
          seen = events.arrivals.length;
          const readAt = performance.now();
          const shown = reflected(await plan());
          planReads.push(performance.now() - readAt);
          if (shown) planAt = performance.now();
        } else await new Promise((resolve) => setTimeout(resolve, 1));
      }
      while (raw.arrivals.length === rawBefore && performance.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 1));
      }
      if (events.arrivals.length > eventsBefore) toEvent.push(events.arrivals[eventsBefore] - changedAt);
      if (planAt !== undefined) toPlan.push(planAt - changedAt);
      if (raw.arrivals.length > rawBefore) baseline.push(raw.arrivals[rawBefore] - changedAt);
    }
    events.close();
    raw.close();

    const p = (values: number[], q: number) => (values.length ? percentile(values, q).toFixed(1) : 'n/a');
    const planP99 = toPlan.length === changes ? percentile(toPlan, 99) : Infinity;
    const described = [...new Set(quietRequests.map((r) => `${r.method} ${r.path}`))].join(', ');
    return [
      `change → plan showing it, over ${changes} changes (phase, load balancer address): p50 ${p(toPlan, 50)} ms, p99 ${p(toPlan, 99)} ms ` +
        `(${toPlan.length} of ${changes} shown; one plan read alone p50 ${p(planReads, 50)} ms); ${goal(planP99 < 1000, 'p99 < 1000 ms')}`,
      `change → event in the browser: p50 ${p(toEvent, 50)} ms, p99 ${p(toEvent, 99)} ms (${toEvent.length} received)`,
      `baseline (raw client-node watch, same API server): p50 ${p(baseline, 50)} ms, p99 ${p(baseline, 99)} ms; ` +
        `ratio p99 event/raw ${ratio(percentile(toEvent, 99), percentile(baseline, 99))}`,
      `Kubernetes requests while idle for ${quietMs / 1000} s with the event stream open (BENCH_QUIET_SECONDS): ` +
        `${quietRequests.length}${described ? ` (${described})` : ''}; ${goal(quietRequests.length === 0, '0, watches and no polling')}`,
    ];
  } finally {
    await app.stop();
  }
}

/** The page's event stream, recording when each `change` event about the cluster arrives. */
async function openEventStream(baseUrl: string) {
  const abort = new AbortController();
  const response = await fetch(
    `${baseUrl}/internal/eck_remote_clusters/connections/events?namespace=${NAMESPACE}&name=${NAME}`,
    {
      headers: {
        'x-elastic-internal-origin': 'kibana',
        'elastic-api-version': '1',
        authorization: `Basic ${Buffer.from(`admin:${SEED_PASSWORDS.admin}`).toString('base64')}`,
      },
      signal: abort.signal,
    },
  );
  const arrivals: number[] = [];
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  void (async () => {
    for (;;) {
      const { value, done } = await reader.read().catch(() => ({ value: undefined, done: true }));
      if (done) return;
      if (decoder.decode(value).includes(`"name":"${NAME}`)) arrivals.push(performance.now());
    }
  })();
  return { arrivals, close: () => abort.abort() };
}

/** client-node watches of the resource and its Services, straight at the API server. */
async function rawWatches(kubeConfig: Awaited<ReturnType<typeof loadSandboxKubeConfig>>) {
  const arrivals: number[] = [];
  const record = (_type: string, object: { metadata?: { name?: string } }) => {
    if (object?.metadata?.name?.startsWith(NAME)) arrivals.push(performance.now());
  };
  const watch = new Watch(kubeConfig);
  const controllers = await Promise.all([
    watch.watch(
      `/apis/elasticsearch.k8s.elastic.co/v1/namespaces/${NAMESPACE}/elasticsearches`,
      {},
      record,
      () => undefined,
    ),
    watch.watch(`/api/v1/namespaces/${NAMESPACE}/services`, {}, record, () => undefined),
  ]);
  // The initial ADDED events are not reactions.
  await new Promise((resolve) => setTimeout(resolve, 300));
  arrivals.length = 0;
  return { arrivals, close: () => controllers.forEach((c) => c.abort()) };
}
