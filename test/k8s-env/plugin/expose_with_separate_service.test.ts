import type { V1Service } from '@kubernetes/client-node';
import { ECK_CONTROLLER_VERSION_ANNOTATION, eckServiceNames } from '../../../common/eck/eck_names';
import {
  exposeRemoteClusterServerStep,
  separateServiceName,
} from '../../../common/plan/api_key/expose_remote_cluster_server_step';
import { observeEckCluster } from '../../../server/connection/observe_eck_cluster';
import { pinnedOperators } from '../eck-operator/operator_binaries';
import {
  createElasticsearch,
  readElasticsearch,
  setLoadBalancerIngress,
  standInForFinishedRestart,
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
// No operator watches these: the API server's own answers (409, pruning) need none.
const ALREADY_EXISTS = 'already-exists';
const STALE_CRD = 'stale-crd';
const EXPOSURE = connectionRequest(EXPOSE, 'logs', 'expose_remote_cluster_server').choices.exposure;

/** The Service the plan would create in `namespace` for `logs`. */
async function plannedService(world: EckWorld, namespace: string): Promise<V1Service> {
  const eck = await observeEckCluster(world.plugin.gateway, namespace, 'logs');
  const [change] = exposeRemoteClusterServerStep(eck, EXPOSURE, RESTART_FINISHED).step.changes;
  if (change?.kind !== 'kubernetes_create') throw new Error(`expected a Service to create, got ${change?.kind}`);
  return change.object as V1Service;
}

describe.each(pinnedOperators().filter(({ version }) => !hasServiceField(version)))(
  'exposing the remote cluster server through a separate Service with the real ECK $version and its CRD',
  ({ version }) => {
    let world: EckWorld | undefined;
    const gateway = () => world!.plugin.gateway;

    beforeAll(async () => {
      world = await startEckWorld(version, { watched: [EXPOSE], unwatched: [ALREADY_EXISTS, STALE_CRD] });
    }, START_TIMEOUT_MS);

    afterAll(() => world?.stop(), TEST_TIMEOUT_MS);

    it(
      'sees the CRD prune the field in a dry run, creates <name>-es-remote-cluster-lb, and its address becomes the proxy address',
      async () => {
        const lb = separateServiceName('logs');
        await createElasticsearch(world!, EXPOSE, 'logs', { remoteClusterServer: { enabled: true } });
        await untilService(world!, EXPOSE, eckServiceNames('logs').remoteCluster);
        const { metadata } = await untilObserved(world!, EXPOSE, 'logs');
        const expose = async () =>
          exposeRemoteClusterServerStep(await observeEckCluster(gateway(), EXPOSE, 'logs'), EXPOSURE, RESTART_FINISHED);

        const ready = await expose();
        expect(ready.step).toMatchObject({
          status: 'ready',
          reason: expect.stringContaining('the installed ECK CRD prunes the field'),
          changes: [
            { kind: 'kubernetes_create', object: { kind: 'Service', metadata: { namespace: EXPOSE, name: lb } } },
          ],
        });
        // The same field written for real: stored without it, silently, and nothing for ECK to act on.
        const pruned = await gateway().mergePatchElasticsearch(EXPOSE, 'logs', SERVICE_PATCH);
        expect(pruned.spec?.remoteClusterServer).toEqual({ enabled: true });
        expect(pruned.metadata.generation).toBe(metadata.generation);

        const created = await gateway().createService(EXPOSE, await plannedService(world!, EXPOSE));
        expect(created.spec).toMatchObject({
          type: 'LoadBalancer',
          ports: [{ name: 'rcs', port: 9443, targetPort: 9443, protocol: 'TCP', nodePort: expect.any(Number) }],
        });
        expect(await expose()).toMatchObject({
          step: { status: 'waiting', reason: `Waiting for an address on the Service ${lb}.` },
          proxyAddress: null,
        });

        await setLoadBalancerIngress(world!, EXPOSE, lb, '203.0.113.20');
        expect(await expose()).toMatchObject({
          step: { status: 'done', reason: 'The remote cluster server is reachable at 203.0.113.20:9443.' },
          proxyAddress: '203.0.113.20:9443',
        });
        // ECK's own Service stays headless: the operator never saw the pruned field.
        expect(
          (await world!.core.readNamespacedService({ namespace: EXPOSE, name: eckServiceNames('logs').remoteCluster }))
            .spec,
        ).toMatchObject({ clusterIP: 'None' });
      },
      TEST_TIMEOUT_MS,
    );

    it(
      'surfaces a second create of the separate Service (409 AlreadyExists) as a catalogued error',
      async () => {
        await createElasticsearch(world!, ALREADY_EXISTS, 'logs', { remoteClusterServer: { enabled: true } });
        const service = await plannedService(world!, ALREADY_EXISTS);
        await gateway().createService(ALREADY_EXISTS, service);

        // What a second Kibana instance, or a second admin, racing the first would get.
        const second = await gateway()
          .createService(ALREADY_EXISTS, service)
          .catch((error: unknown) => error);
        report(`${version}: a second create gave ${(second as { code?: string }).code}: ${(second as Error).message}`);
        expect(second).toMatchObject({
          code: 'KUBERNETES_CONFLICT',
          message: `Kubernetes refused to create services (409 Conflict): services "${separateServiceName('logs')}" already exists`,
        });
      },
      TEST_TIMEOUT_MS,
    );

    it(
      'never proposes a field the CRD prunes, even for an operator recorded as 3.3 above older CRDs',
      async () => {
        // The annotation stands for an operator that records 3.3 while the CRDs were left at 3.2: the
        // dry run wins, so the plan offers the separate Service instead of a patch that would vanish.
        await createElasticsearch(world!, STALE_CRD, 'logs', {
          remoteClusterServer: { enabled: true },
          annotations: { [ECK_CONTROLLER_VERSION_ANNOTATION]: '3.3.0' },
        });
        await standInForFinishedRestart(world!, STALE_CRD, 'logs');
        const services = routeServices(gateway());
        const request = connectionRequest(STALE_CRD, 'logs', 'expose_remote_cluster_server');
        const plan = await planFor(services, request);
        expect(stepOf(plan, 'enable_remote_cluster_server').status).toBe('done');
        expect(stepOf(plan, 'expose_remote_cluster_server')).toMatchObject({
          status: 'ready',
          changes: [{ kind: 'kubernetes_create', object: { metadata: { name: 'logs-es-remote-cluster-lb' } } }],
        });
        const before = await readElasticsearch(world!, STALE_CRD, 'logs');

        // And the patch itself, were it sent, comes back pruned: what apply's check reports.
        const stored = await gateway().mergePatchElasticsearch(STALE_CRD, 'logs', SERVICE_PATCH);
        expect(stored.spec?.remoteClusterServer).toEqual({ enabled: true });
        const after = await readElasticsearch(world!, STALE_CRD, 'logs');
        expect(after.metadata.generation).toBe(before.metadata.generation);
      },
      TEST_TIMEOUT_MS,
    );
  },
);
