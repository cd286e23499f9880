import { eckServiceNames } from '../../../common/eck/eck_names';
import { exposeRemoteClusterServerStep } from '../../../common/plan/api_key/expose_remote_cluster_server_step';
import { observeEckCluster } from '../../../server/connection/observe_eck_cluster';
import { pinnedOperators } from '../eck-operator/operator_binaries';
import {
  createElasticsearch,
  readElasticsearch,
  setLoadBalancerIngress,
  startEckWorld,
  untilObserved,
  untilService,
  type EckWorld,
} from './eck_world';
import {
  connectionRequest,
  hasServiceField,
  planFor,
  report,
  RESTART_FINISHED,
  routeServices,
  SERVICE_PATCH,
  START_TIMEOUT_MS,
  stepOf,
  TEST_TIMEOUT_MS,
} from './route_services';

const EXPOSE = 'expose';
/** No operator watches it: the plugin's writes are the only writes, so resourceVersions are comparable. */
const IDEMPOTENCY = 'idempotency';
const ENABLE_PATCH = { spec: { remoteClusterServer: { enabled: true } } };

describe.each(pinnedOperators().filter(({ version }) => hasServiceField(version)))(
  'exposing the remote cluster server through spec.remoteClusterServer.service with the real ECK $version',
  ({ version }) => {
    let world: EckWorld | undefined;
    const gateway = () => world!.plugin.gateway;

    beforeAll(async () => {
      world = await startEckWorld(version, { watched: [EXPOSE], unwatched: [IDEMPOTENCY] });
    }, START_TIMEOUT_MS);

    afterAll(() => world?.stop(), TEST_TIMEOUT_MS);

    it(
      'finds the field in the CRD, patches it, and the LoadBalancer address the cloud assigns becomes the proxy address',
      async () => {
        const rcs = eckServiceNames('logs').remoteCluster;
        const request = connectionRequest(EXPOSE, 'logs', 'expose_remote_cluster_server');
        await createElasticsearch(world!, EXPOSE, 'logs', { remoteClusterServer: { enabled: true } });
        await untilService(world!, EXPOSE, rcs);
        await untilObserved(world!, EXPOSE, 'logs');

        // The whole plan stops here without pods; the expose step is computed after RESTART_FINISHED.
        const plan = await planFor(routeServices(gateway()), request);
        expect(stepOf(plan, 'enable_remote_cluster_server').status).toBe('waiting');
        expect(stepOf(plan, 'expose_remote_cluster_server').status).toBe('blocked');
        const expose = async () =>
          exposeRemoteClusterServerStep(
            await observeEckCluster(gateway(), EXPOSE, 'logs'),
            request.choices.exposure,
            RESTART_FINISHED,
          );

        const ready = await expose();
        expect(ready.step).toMatchObject({
          status: 'ready',
          reason: expect.stringContaining('the installed ECK CRD has the field'),
          changes: [{ kind: 'kubernetes_patch', resource: { kind: 'Elasticsearch' }, patch: SERVICE_PATCH }],
        });
        const [change] = ready.step.changes;
        if (change.kind !== 'kubernetes_patch') throw new Error(`expected a patch, got ${change.kind}`);
        // What applyApiKeyStep does with an Elasticsearch patch; its pruning check would find the field kept.
        const stored = await gateway().mergePatchElasticsearch(EXPOSE, 'logs', change.patch);
        expect(stored.spec?.remoteClusterServer?.service?.spec?.type).toBe('LoadBalancer');

        const { afterMs } = await untilService(world!, EXPOSE, rcs, (service) => service.spec?.type === 'LoadBalancer');
        report(`${version}: ${rcs} became a LoadBalancer ${afterMs} ms after the plugin's patch`);
        expect(await expose()).toMatchObject({
          step: { status: 'waiting', reason: `Waiting for an address on the Service ${rcs}.` },
          proxyAddress: null,
        });

        await setLoadBalancerIngress(world!, EXPOSE, rcs, '203.0.113.10');
        expect(await expose()).toMatchObject({
          step: { status: 'done', reason: 'The remote cluster server is reachable at 203.0.113.10:9443.' },
          proxyAddress: '203.0.113.10:9443',
        });
      },
      TEST_TIMEOUT_MS,
    );

    it(
      'changes nothing when the same merge patch is applied twice, and its dry-run probe writes nothing',
      async () => {
        await createElasticsearch(world!, IDEMPOTENCY, 'logs');
        for (const patch of [ENABLE_PATCH, SERVICE_PATCH]) {
          const first = await gateway().mergePatchElasticsearch(IDEMPOTENCY, 'logs', patch);
          const second = await gateway().mergePatchElasticsearch(IDEMPOTENCY, 'logs', patch);
          expect(second.metadata.resourceVersion).toBe(first.metadata.resourceVersion);
          expect(second.metadata.generation).toBe(first.metadata.generation);
        }

        const before = await readElasticsearch(world!, IDEMPOTENCY, 'logs');
        const eck = await observeEckCluster(gateway(), IDEMPOTENCY, 'logs');
        expect(eck.remoteClusterServer).toEqual({
          enabled: true,
          service: { type: 'LoadBalancer', annotations: undefined, ports: undefined },
          serviceFieldInCrd: true,
        });
        const after = await readElasticsearch(world!, IDEMPOTENCY, 'logs');
        expect(after.metadata.resourceVersion).toBe(before.metadata.resourceVersion);
      },
      TEST_TIMEOUT_MS,
    );
  },
);
