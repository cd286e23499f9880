import { Client } from '@elastic/elasticsearch';
import type { ElasticsearchClient } from '@kbn/core/server';
import type { ApplyApiKeyStepRequest } from '../../common/api/api_key_connection';
import { SEED_PASSWORDS } from '../../dev/sandbox/elasticsearch';
import { startSandboxWorld, type SandboxWorld } from '../../dev/sandbox/world';
import { DEFAULT_CONFIG, type EckRemoteClustersConfig } from '../../server/config';
import { applyApiKeyStep } from '../../server/connection/apply_api_key_step';
import { createLocalElasticsearchGateway } from '../../server/gateways/elasticsearch/local_elasticsearch_gateway';
import { withRemoteElasticsearch } from '../../server/gateways/elasticsearch/remote_elasticsearch_gateway';
import { createKubernetesGatewayProvider } from '../../server/gateways/kubernetes/kubernetes_gateway_provider';
import type { RouteServices } from '../../server/routes/route_definition';
import { connectionRequest, planFor, silentLogger } from '../k8s-env/plugin/route_services';
import { createSecretScanner, finalScan, type SecretScanner } from '../support/secret_scanner';
import { QUICK_WORLD } from './connect_logs_remote';

jest.setTimeout(60_000);

const EVENTS = { namespace: 'analytics', name: 'events-8' };

const request = (step: ApplyApiKeyStepRequest['step']) => connectionRequest(EVENTS.namespace, EVENTS.name, step);

/**
 * The sandbox's events-8 runs 8.19, whose REST API refuses the 9.x client's default
 * `compatible-with=9` media type, as Elasticsearch does. The key must be created in 8.x's.
 */
describe('API key flow with an 8.19 ECK cluster', () => {
  let world: SandboxWorld;
  let client: Client;
  let services: RouteServices;
  let scanner: SecretScanner;
  /** The apply's answers, as the route would send them: the scanner sees each. */
  const answered = <T>(answer: T) => {
    scanner.tap(
      { status: 200, body: answer, text: JSON.stringify(answer) },
      { method: 'POST', path: 'applyApiKeyStep' },
    );
    return answer;
  };
  beforeAll(async () => {
    world = await startSandboxWorld(QUICK_WORLD);
    scanner = createSecretScanner(world);
    const config: EckRemoteClustersConfig = {
      ...DEFAULT_CONFIG,
      kubernetes: { ...DEFAULT_CONFIG.kubernetes, kubeconfig: world.kubeconfigPath },
    };
    client = new Client({
      node: world.localElasticsearchUrl,
      auth: { username: 'admin', password: SEED_PASSWORDS.admin },
      maxRetries: 0,
    });
    const local = createLocalElasticsearchGateway(client as unknown as ElasticsearchClient, {
      requestTimeoutMs: config.elasticsearch.requestTimeoutMs,
    });
    services = {
      config,
      logger: silentLogger,
      kubernetes: createKubernetesGatewayProvider(config),
      // Only an 8.19 local cluster may search an 8.19 remote (a 9.1 one may not, and the preflight
      // says so): the sandbox's local cluster is presented as one. Everything else is as it runs.
      localElasticsearch: () => ({
        ...local,
        getLocalClusterInfo: async () => ({ ...(await local.getLocalClusterInfo()), version: '8.19.3' }),
      }),
      audit: () => undefined,
    };
  });
  afterAll(async () => {
    const leaks = finalScan(scanner, [], world);
    await client?.close();
    await world?.stop();
    expect(leaks).toEqual([]);
  });

  it('creates the cross-cluster API key on events-8 in the media type of the version it runs', async () => {
    const kubernetes = services.kubernetes();
    const listKeys = (version: string | null) =>
      withRemoteElasticsearch(kubernetes, { ...EVENTS, version }, { requestTimeoutMs: 5_000 }, (remote) =>
        remote.listCrossClusterKeys(),
      );
    // What the apply sent before it passed the observed version: events-8 refuses it.
    await expect(listKeys(null)).rejects.toThrow(/media|compatible|version/i);

    const before = await planFor(services, request('create_api_key'));
    expect(before.steps.find((s) => s.id === 'preflight')?.status).toBe('done');
    expect(before.steps.find((s) => s.id === 'create_api_key')?.status).toBe('ready');

    const created = answered(await applyApiKeyStep(services, request('create_api_key')));
    expect(created.applied).toBe(true);
    expect(created.apiKey).toMatchObject({ name: 'kibana-remote-events-8', encoded: expect.any(String) });
    expect(created.plan.steps.find((s) => s.id === 'create_api_key')?.status).toBe('done');
    expect((await listKeys('8.19.3')).map((key) => key.id)).toContain(created.apiKey!.id);

    const again = answered(await applyApiKeyStep(services, request('create_api_key')));
    expect(again).toMatchObject({ applied: false });
    expect(again.apiKey).toBeUndefined();
  });
});
