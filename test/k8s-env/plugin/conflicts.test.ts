import { separateServiceName } from '../../../common/plan/api_key/expose_remote_cluster_server_step';
import { eckServiceNames } from '../../../common/eck/eck_names';
import { applyApiKeyStep } from '../../../server/connection/apply_api_key_step';
import type { KubernetesGateway } from '../../../server/gateways/kubernetes/kubernetes_gateway';
import { pinnedOperators } from '../eck-operator/operator_binaries';
import {
  createElasticsearch,
  readElasticsearch,
  standInForFinishedRestart,
  startEckWorld,
  untilObserved,
  untilService,
  type EckWorld,
} from './eck_world';
import {
  connectionRequest,
  hasServiceField,
  report,
  routeServices,
  START_TIMEOUT_MS,
  stepOf,
  TEST_TIMEOUT_MS,
} from './route_services';

// No operator watches it: the two applies are the only writers.
const RACE = 'race';
const WITH_OPERATOR = 'with-operator';

/** Lets `parties` callers through together, so that their next requests reach the API server at once. */
function barrier(parties: number): () => Promise<void> {
  let arrived = 0;
  let open: () => void = () => undefined;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return () => {
    arrived += 1;
    if (arrived === parties) open();
    return opened;
  };
}

/**
 * 409 Conflict from the real API server, where the plugin can meet it: two admins (or two Kibana
 * instances) creating the same Service, and the operator writing the resource the plugin patches.
 * ECK 3.2 is used because before 3.3 exposing is a create, which is what can conflict.
 */
describe.each(pinnedOperators().filter(({ version }) => !hasServiceField(version)))(
  'conflicts against the real API server and the real ECK $version',
  ({ version }) => {
    let world: EckWorld | undefined;

    beforeAll(async () => {
      world = await startEckWorld(version, { watched: [WITH_OPERATOR], unwatched: [RACE] });
    }, START_TIMEOUT_MS);

    afterAll(() => world?.stop(), TEST_TIMEOUT_MS);

    it(
      'two applies of the same expose step at the same moment: one creates, the other gets 409 and converges on the same plan',
      async () => {
        await createElasticsearch(world!, RACE, 'logs', { remoteClusterServer: { enabled: true } });
        await standInForFinishedRestart(world!, RACE, 'logs');
        const gateway = world!.plugin.gateway;
        // Both applies plan first, then create together: the API server decides which one wins.
        const together = barrier(2);
        const creates: Array<string> = [];
        const racing: KubernetesGateway = {
          ...gateway,
          createService: async (namespace, service) => {
            await together();
            try {
              const created = await gateway.createService(namespace, service);
              creates.push('created');
              return created;
            } catch (error) {
              creates.push((error as { code?: string }).code ?? String(error));
              throw error;
            }
          },
        };
        const request = connectionRequest(RACE, 'logs', 'expose_remote_cluster_server');

        const [first, second] = await Promise.all([
          applyApiKeyStep(routeServices(racing), request),
          applyApiKeyStep(routeServices(racing), request),
        ]);

        expect(creates.sort()).toEqual(['KUBERNETES_CONFLICT', 'created']);
        for (const outcome of [first, second]) {
          expect(outcome.applied).toBe(true);
          expect(stepOf(outcome.plan, 'expose_remote_cluster_server')).toMatchObject({
            status: 'waiting',
            reason: `Waiting for an address on the Service ${separateServiceName('logs')}.`,
          });
        }
        const services = await world!.core.listNamespacedService({ namespace: RACE });
        expect(services.items.filter((s) => s.metadata?.name === separateServiceName('logs'))).toHaveLength(1);

        // Applied again afterwards (a third click): the step waits, so nothing is sent at all.
        const requestsBefore = world!.plugin.requests.length;
        const third = await applyApiKeyStep(routeServices(gateway), request);
        expect(third.applied).toBe(false);
        // Reads, access reviews and the CRD probe (a dry-run patch) write nothing.
        const writes = world!.plugin.requests
          .slice(requestsBefore)
          .filter((r) => !r.startsWith('GET ') && !r.includes('dryRun=All') && !r.includes('selfsubjectaccessreviews'));
        expect(writes).toEqual([]);
      },
      TEST_TIMEOUT_MS,
    );

    it(
      'the enable patch, sent right after the create while the operator writes back to the resource, is kept and acted on',
      async () => {
        // ECK updates the resource (with its resourceVersion) right after the create; a merge patch
        // sends none, so it cannot be refused as stale, and whichever write comes second keeps the
        // other's fields (an operator update that raced it gets the 409 and re-reads).
        await createElasticsearch(world!, WITH_OPERATOR, 'logs');
        const request = connectionRequest(WITH_OPERATOR, 'logs', 'enable_remote_cluster_server');
        const stored = await world!.plugin.gateway.mergePatchElasticsearch(WITH_OPERATOR, 'logs', {
          spec: { remoteClusterServer: { enabled: true } },
        });
        expect(stored.spec?.remoteClusterServer).toEqual({ enabled: true });

        const { afterMs } = await untilService(world!, WITH_OPERATOR, eckServiceNames('logs').remoteCluster);
        const observed = await untilObserved(world!, WITH_OPERATOR, 'logs');
        expect(observed.spec?.remoteClusterServer).toMatchObject({ enabled: true });
        // The operator's own write-back survived too: both writers' changes are in the stored object.
        expect(Object.keys(observed.metadata.annotations ?? {})).toContain('eck.k8s.elastic.co/orchestration-hints');
        const operatorConflicts = world!.operator
          .log()
          .filter((entry) => /the object has been modified/.test(JSON.stringify(entry))).length;
        report(
          `${version}: enable patch kept alongside the operator's write-back; ${eckServiceNames('logs').remoteCluster} ` +
            `after ${afterMs} ms; the operator logged ${operatorConflicts} conflict(s) of its own`,
        );
        const plan = await applyApiKeyStep(routeServices(world!.plugin.gateway), request);
        expect(plan.applied).toBe(false);
        expect((await readElasticsearch(world!, WITH_OPERATOR, 'logs')).spec?.remoteClusterServer).toMatchObject({
          enabled: true,
        });
      },
      TEST_TIMEOUT_MS,
    );
  },
);
