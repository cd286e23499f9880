import type { ApiKeyConnectionRequest, ApiKeyPlanResponse } from '../../common/api/api_key_connection';
import type { PlanStep } from '../../common/plan/plan_types';
import type { Standalone } from '../../dev/host/start_standalone';
import { eventually, hostApiClient } from '../support/host_api_client';
import { nodeManualSteps } from '../support/node_manual_steps';

/** The sandbox with ECK's rolling restart, the load balancer and SSL file reloads made quick. */
export const QUICK_WORLD = {
  timings: { rollingRestartMs: 100, loadBalancerDelayMs: 100 },
  sslFileReloadDelayMs: 100,
};

export const LOGS_REMOTE: ApiKeyConnectionRequest = {
  target: { alias: 'logs', namespace: 'search-prod', name: 'logs-prod' },
  choices: {
    exposure: { type: 'LoadBalancer', port: 9443, annotations: {} },
    access: { search: [{ names: ['logs-*'] }] },
    skipUnavailable: true,
    replaceExisting: false,
  },
};

const stepOf = (plan: ApiKeyPlanResponse, id: string) => plan.steps.find((s) => s.id === id) as PlanStep;

/**
 * Connects logs-prod as `logs` through the plugin's API, carrying out the manual steps on the
 * simulated nodes as the plan writes them (the flow `api_key_full_flow.test.ts` checks in detail).
 */
export async function connectLogsRemote(app: Standalone): Promise<{ keyId: string }> {
  const admin = hostApiClient(app.baseUrl, 'admin');
  const elastic = hostApiClient(app.baseUrl, 'elastic');
  const nodes = nodeManualSteps(app.world!);
  const plan = async () => (await admin.plan(LOGS_REMOTE)).body;

  await admin.apply(LOGS_REMOTE, 'expose_remote_cluster_server');
  await eventually(plan, (p) => stepOf(p, 'expose_remote_cluster_server').status === 'done');
  const created = await admin.apply(LOGS_REMOTE, 'create_api_key');
  const apiKey = created.body.apiKey!;
  nodes.addCredentials(stepOf(created.body.plan, 'add_credentials_to_keystore'), apiKey.encoded);
  await admin.apply(LOGS_REMOTE, 'add_credentials_to_keystore');

  nodes.trustCa(stepOf(await plan(), 'trust_ca_on_local_nodes'));
  await eventually(plan, (p) => stepOf(p, 'trust_ca_on_local_nodes').status === 'done');
  await admin.apply(LOGS_REMOTE, 'configure_remote');
  await elastic.apply(LOGS_REMOTE, 'create_local_role');
  await eventually(plan, (p) => stepOf(p, 'verify').status === 'done', 20_000);
  return { keyId: apiKey.id };
}
