import { ELASTICSEARCH_TYPE } from '../kubernetes/resource_types';
import { applyStatus } from './apply_objects';
import type { ClusterRuntime } from './cluster_runtime';
import { desiredStatus } from './desired_status';
import { remoteClusterServerEnabled } from './desired_services';
import type { ElasticsearchObject } from './elasticsearch_resource';
import { compareVersions, type OperatorCapabilities } from './operator_capabilities';
import { reconcileHttpCertificates, reconcileTransportCertificates } from './reconcile_certificates';
import { recordChange, type OperatorEnvironment, type ReconcileContext } from './reconcile_context';
import { reconcileElasticsearchServer, reconcileElasticUser } from './reconcile_elastic_user';
import { reconcileExposure } from './reconcile_exposure';
import { isReady, observedPods, reconcileNodes } from './reconcile_nodes';
import { reconcileServices } from './reconcile_services';
import { LABELS, plannedPods } from './desired_pods';

/** ECK validation (validations.go, `supportsRemoteClusterUsingAPIKey`): 8.10.0 or later. */
function validationError(es: ElasticsearchObject, operator: OperatorCapabilities): string | undefined {
  if (!remoteClusterServerEnabled(es, operator) || compareVersions(es.spec.version, '8.10.0') >= 0) return undefined;
  return `spec.remoteClusterServer: Invalid value: "${es.spec.version}": minimum required version for remote cluster server is 8.10.0 but desired version is ${es.spec.version}`;
}

interface StatusFacts {
  pods: Array<{ ready: boolean; version: string }>;
  restarting?: boolean;
  error?: string;
  invalid?: string;
}

function writeStatus(context: ReconcileContext, facts: StatusFacts) {
  const { env, es } = context;
  const current = env.store.get(ELASTICSEARCH_TYPE, es.metadata.namespace, es.metadata.name) as
    ElasticsearchObject | undefined;
  if (!current) return;
  const status = desiredStatus({
    // The generation this pass acted on: a spec written meanwhile is not yet observed.
    generation: es.metadata.generation ?? 1,
    specVersion: es.spec.version,
    expectedPods: plannedPods(es).length,
    restarting: false,
    ...facts,
    previous: current.status,
    now: new Date(env.now()).toISOString().replace(/\.\d+Z$/, 'Z'),
  });
  recordChange(context, applyStatus(env.store, ELASTICSEARCH_TYPE, current, status));
}

function podsAsObserved(context: ReconcileContext) {
  return observedPods(context).map((pod) => ({
    ready: isReady(pod),
    version: pod.metadata.labels?.[LABELS.version] ?? context.es.spec.version,
  }));
}

function fail(context: ReconcileContext, reason: 'ReconciliationError' | 'Validation', message: string) {
  const { namespace, name } = context.es.metadata;
  context.env.warn({ namespace, name, type: 'Warning', reason, message });
  const facts = reason === 'Validation' ? { invalid: message } : { error: message };
  writeStatus(context, { pods: podsAsObserved(context), ...facts });
}

/**
 * One pass of ECK's Elasticsearch controller, as ordered steps that each write only what differs:
 * a second pass over an unchanged world writes nothing. Returns what changed.
 */
export async function reconcileElasticsearch(
  env: OperatorEnvironment,
  runtime: ClusterRuntime,
  es: ElasticsearchObject,
  operator: OperatorCapabilities,
): Promise<string[]> {
  const context: ReconcileContext = { env, es, operator, runtime, changes: [] };
  const invalid = validationError(es, operator);
  if (invalid) {
    fail(context, 'Validation', invalid);
    return context.changes;
  }
  const remoteClusterServer = remoteClusterServerEnabled(es, operator);
  reconcileServices(context);
  const password = reconcileElasticUser(context);
  const http = await reconcileHttpCertificates(context);
  await reconcileElasticsearchServer(context, password, http);
  const transport = await reconcileTransportCertificates(context, remoteClusterServer);
  if ('error' in transport) {
    fail(context, 'ReconciliationError', transport.error);
    return context.changes;
  }
  runtime.transport = transport;
  const nodes = reconcileNodes(context, remoteClusterServer);
  writeStatus(context, nodes);
  await reconcileExposure(context, remoteClusterServer, transport);
  return context.changes;
}
