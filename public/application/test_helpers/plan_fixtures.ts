import type { ApiKeyPlanResponse, ApplyApiKeyStepResponse } from '../../../common/api/api_key_connection';
import { API_KEY_STEP_IDS, type ApiKeyStepId } from '../../../common/plan/api_key/api_key_steps';
import type { PlanStep } from '../../../common/plan/plan_types';

type Step = PlanStep<ApiKeyStepId>;

const TITLES: Record<ApiKeyStepId, string> = {
  preflight: 'Check the prerequisites',
  enable_remote_cluster_server: 'Enable the remote cluster server',
  expose_remote_cluster_server: 'Expose the remote cluster server',
  retrieve_ca: 'Retrieve the CA',
  create_api_key: 'Create the cross-cluster API key on the ECK cluster',
  add_credentials_to_keystore: "Add the key to every local node's keystore",
  trust_ca_on_local_nodes: "Trust the ECK cluster's CA on every local node",
  configure_remote: 'Configure the remote cluster',
  create_local_role: 'Create a local role for cross-cluster users (optional)',
  verify: 'Verify the connection',
};

export const KEYSTORE_COMMAND = `printf '%s' "$ENCODED_KEY" | bin/elasticsearch-keystore add -x cluster.remote.logs.credentials`;
export const CA_PEM = '-----BEGIN CERTIFICATE-----\nMIIBpTCCAUqgAwIBAgIQ\n-----END CERTIFICATE-----\n';

/** Steps as the server writes them for search-prod/logs-prod, one per status worth showing. */
export const STEPS = {
  done: (id: ApiKeyStepId): Step => ({
    id,
    title: TITLES[id],
    status: 'done',
    reason: `${TITLES[id]}: done.`,
    evidence: [],
    changes: [],
    warnings: [],
  }),
  blocked: (id: ApiKeyStepId, reason = 'Waits for the step "Check the prerequisites".'): Step => ({
    ...STEPS.done(id),
    status: 'blocked',
    reason,
  }),
  preflightDone: (): Step => ({
    ...STEPS.done('preflight'),
    reason: 'Both clusters qualify for the API key model.',
    evidence: [
      { subject: 'remote version', value: '9.1.5', source: 'remote_elasticsearch' },
      { subject: 'local licence', value: 'enterprise', source: 'local_elasticsearch' },
    ],
  }),
  enableReady: (): Step => ({
    ...STEPS.done('enable_remote_cluster_server'),
    status: 'ready',
    reason: 'The remote cluster server is off.',
    evidence: [{ subject: 'spec.remoteClusterServer.enabled', value: 'false', source: 'kubernetes' }],
    changes: [
      {
        kind: 'kubernetes_patch',
        resource: {
          apiVersion: 'elasticsearch.k8s.elastic.co/v1',
          kind: 'Elasticsearch',
          namespace: 'search-prod',
          name: 'logs-prod',
        },
        patchType: 'merge',
        patch: { spec: { remoteClusterServer: { enabled: true } } },
        command: `kubectl -n search-prod patch elasticsearch logs-prod --type merge -p '{"spec":{"remoteClusterServer":{"enabled":true}}}'`,
      },
    ],
    warnings: ['ECK restarts every node of logs-prod, one at a time, to open the remote cluster server port.'],
  }),
  exposeWaiting: (): Step => ({
    ...STEPS.done('expose_remote_cluster_server'),
    status: 'waiting',
    reason: 'Waiting for an address on the Service logs-prod-es-remote-cluster.',
    evidence: [{ subject: 'Service logs-prod-es-remote-cluster', value: 'LoadBalancer', source: 'kubernetes' }],
  }),
  createKeyReady: (): Step => ({
    ...STEPS.done('create_api_key'),
    status: 'ready',
    reason: 'No valid key for logs exists on search-prod/logs-prod.',
    changes: [
      {
        kind: 'elasticsearch_request',
        cluster: 'remote',
        method: 'POST',
        path: '/_security/cross_cluster/api_key',
        body: { name: 'kibana-remote-logs' },
        command: `curl -X POST https://localhost:9200/_security/cross_cluster/api_key -d '{"name":"kibana-remote-logs"}'`,
      },
    ],
    warnings: ['The new key is shown once, right after it is created: copy it then. It is not stored anywhere.'],
  }),
  keystoreManual: (): Step => ({
    ...STEPS.done('add_credentials_to_keystore'),
    status: 'manual',
    reason: 'Add cluster.remote.logs.credentials to the keystore of every node, then reload secure settings.',
    changes: [
      {
        kind: 'elasticsearch_request',
        cluster: 'local',
        method: 'POST',
        path: '/_nodes/reload_secure_settings',
        command: 'POST _nodes/reload_secure_settings',
      },
    ],
    instructions: {
      commands: [KEYSTORE_COMMAND],
      files: [],
      settings: [],
      pendingNodes: ['es-local-1', 'es-local-2', 'es-local-3'],
      notes: ['Run the command on every node, from its Elasticsearch home.'],
    },
  }),
  trustManual: (pendingNodes = ['es-local-1', 'es-local-2', 'es-local-3']): Step => ({
    ...STEPS.done('trust_ca_on_local_nodes'),
    status: 'manual',
    reason: `Not yet trusted on: ${pendingNodes.join(', ')}.`,
    instructions: {
      commands: [],
      files: [{ path: 'config/certs/eck-search-prod-logs-prod-ca.crt', content: CA_PEM }],
      settings: [
        'xpack.security.remote_cluster_client.ssl.enabled: true',
        'xpack.security.remote_cluster_client.ssl.certificate_authorities: [ "certs/eck-search-prod-logs-prod-ca.crt" ]',
      ],
      pendingNodes,
      notes: ['Place the file on every node and add the lines to elasticsearch.yml; then restart the nodes.'],
    },
  }),
  roleManual: (): Step => ({
    ...STEPS.done('create_local_role'),
    status: 'manual',
    reason: 'Creating roles needs the cluster privilege manage_security, which your user lacks.',
    instructions: {
      commands: ['PUT _security/role/remote-logs-search\n{}'],
      files: [],
      settings: [],
      pendingNodes: [],
      notes: [],
    },
  }),
};

/** A plan where every step is done except those given. */
export function apiKeyPlan(steps: Step[] = [], alias = 'logs'): ApiKeyPlanResponse {
  const byId = new Map(steps.map((step) => [step.id, step]));
  return {
    target: { alias, namespace: 'search-prod', name: 'logs-prod', mode: 'api_key' },
    steps: API_KEY_STEP_IDS.map((id) => byId.get(id) ?? STEPS.done(id)),
  };
}

export const applied = (
  plan: ApiKeyPlanResponse,
  extras: Omit<ApplyApiKeyStepResponse, 'applied' | 'plan'> = {},
): ApplyApiKeyStepResponse => ({ applied: true, plan, ...extras });
