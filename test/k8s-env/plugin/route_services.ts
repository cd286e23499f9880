import type { Logger } from '@kbn/core/server';
import type { ApplyApiKeyStepRequest } from '../../../common/api/api_key_connection';
import { eckOperatorFeatures } from '../../../common/compatibility/remote_cluster_features';
import { parseStackVersion } from '../../../common/compatibility/stack_version';
import { PluginError } from '../../../common/errors/plugin_error';
import { apiKeyPlan } from '../../../common/plan/api_key/api_key_plan';
import type { ApiKeyStepId } from '../../../common/plan/api_key/api_key_steps';
import type { ConnectionPlan, PlanStep } from '../../../common/plan/plan_types';
import { step } from '../../../common/plan/step_helpers';
import { observeApiKeyConnection } from '../../../server/connection/observe_api_key_connection';
import { DEFAULT_CONFIG } from '../../../server/config';
import type { LocalElasticsearchGateway } from '../../../server/gateways/elasticsearch/local_elasticsearch_gateway';
import type { KubernetesGateway } from '../../../server/gateways/kubernetes/kubernetes_gateway';
import type { RouteServices } from '../../../server/routes/route_definition';

/** Anything of the local cluster these suites do not exercise fails loudly, never silently succeeds. */
const notHere = (what: string) => () =>
  Promise.reject(new PluginError('INTERNAL_ERROR', `${what}: no local Elasticsearch runs in test/k8s-env`));

/**
 * The local cluster as the API key preflight needs it (9.1.5, Enterprise, an admin user), and
 * nothing more: these suites test what the plugin does in Kubernetes, not in Elasticsearch.
 */
const localElasticsearch: LocalElasticsearchGateway = {
  getLocalClusterInfo: async () => ({
    name: 'local',
    uuid: 'k8s-env-local-cluster',
    version: '9.1.5',
    license: { type: 'enterprise', status: 'active' },
    remotes: [],
  }),
  hasClusterPrivileges: async (privileges) => Object.fromEntries(privileges.map((privilege) => [privilege, true])),
  listNodeNames: notHere('list the local nodes'),
  trustedCertificates: notHere('read _ssl/certificates'),
  putClusterSettings: notHere('change cluster settings'),
  reloadSecureSettings: notHere('reload secure settings'),
  resolveRemote: notHere('resolve a remote'),
  roleExists: notHere('read a role'),
  putRole: notHere('write a role'),
  remoteInfo: notHere('read _remote/info'),
  clusterVersion: notHere('read the cluster version'),
  resolveClusters: notHere('resolve remote clusters'),
  resolveIndex: notHere('resolve indices'),
  sizeZeroSearch: notHere('search'),
  userPrivileges: notHere('read user privileges'),
  username: notHere('authenticate'),
};

const silent = () => undefined;
/** A logger that drops everything: these suites assert on results, not on log lines. */
export const silentLogger: Logger = {
  trace: silent,
  debug: silent,
  info: silent,
  warn: silent,
  error: silent,
  fatal: silent,
  get: () => silentLogger,
};

/** What a route hands `applyApiKeyStep`: the real Kubernetes gateway, a stand-in local cluster. */
export function routeServices(kubernetes: KubernetesGateway): RouteServices {
  return {
    config: DEFAULT_CONFIG,
    logger: silentLogger,
    kubernetes: () => kubernetes,
    localElasticsearch: () => localElasticsearch,
    audit: silent,
  };
}

/** An API key connection to `namespace/name`, exposed by a load balancer on 9443. */
export function connectionRequest(
  namespace: string,
  name: string,
  step: ApplyApiKeyStepRequest['step'],
): ApplyApiKeyStepRequest {
  return {
    target: { alias: name, namespace, name },
    choices: {
      exposure: { type: 'LoadBalancer', port: 9443, annotations: {} },
      access: { search: [{ names: ['logs-*'] }] },
      skipUnavailable: true,
      replaceExisting: false,
    },
    step,
  };
}

/** The plan a route computes now, from what the plugin observes (the same call `applyApiKeyStep` makes). */
export async function planFor(services: RouteServices, request: ApplyApiKeyStepRequest) {
  const target = { ...request.target, mode: 'api_key' as const };
  return apiKeyPlan(target, request.choices, await observeApiKeyConnection(services, target, request.choices.access));
}

export const stepOf = (plan: ConnectionPlan<ApiKeyStepId>, id: ApiKeyStepId) => plan.steps.find((s) => s.id === id)!;

/** Whether an operator release has `spec.remoteClusterServer.service`, by the plugin's own rule. */
export const hasServiceField = (operatorVersion: string) =>
  eckOperatorFeatures(parseStackVersion(operatorVersion)).remoteClusterServerService;

/**
 * ECK reports Ready only once its pods restarted, which never happens without nodes (FINDINGS.md):
 * the expose step is computed after this stand-in for that one fact; everything else is observed.
 */
export const RESTART_FINISHED: PlanStep = step(
  'enable_remote_cluster_server',
  'Enable the remote cluster server',
  'done',
  'Stand-in: ECK would report Ready once its pods restarted.',
);

/** Starting kube-apiserver, etcd and an operator takes tens of seconds on a 2-core host. */
export const START_TIMEOUT_MS = 240_000;
export const TEST_TIMEOUT_MS = 90_000;

/** The patch that exposes ECK's own remote cluster Service (ECK 3.3+). */
export const SERVICE_PATCH = { spec: { remoteClusterServer: { service: { spec: { type: 'LoadBalancer' } } } } };

/** Timings worth reading in CI's log (operator reaction times), kept out of Jest's assertions. */
export const report = (message: string) => process.stderr.write(`k8s-env/plugin: ${message}\n`);
