import type { ApiKeyConnectionRequest, ApiKeyPlanResponse } from '../../common/api/api_key_connection';
import { CORE_TYPES } from '../../dev/sandbox/kubernetes/resource_types';
import { startSandboxApp } from '../browser/support/standalone_app';
import { eventually, hostApiClient } from '../support/host_api_client';
import { scannedFlowApp } from '../support/flow_app';
import { capturingLogger } from './capturing_logger';

jest.setTimeout(60_000);

const SERVICES = CORE_TYPES.find((type) => type.plural === 'services')!;

const statusOf = (plan: ApiKeyPlanResponse, id: string) => plan.steps.find((s) => s.id === id)?.status;

/**
 * The API key flow's automated steps through the plugin's HTTP API, against the sandbox (ECK
 * operator simulation, load balancers, the ECK cluster's Elasticsearch through a port-forward).
 */
describe('API key flow: the steps the plugin applies', () => {
  const suite = scannedFlowApp((logLines) =>
    startSandboxApp({
      world: { timings: { rollingRestartMs: 150, loadBalancerDelayMs: 100 } },
      logger: capturingLogger(logLines),
    }),
  );

  /** Writes that changed something: dry runs and no-op patches are requests, not changes. */
  const changes = () => suite.app.world!.kubernetes.writes.filter((write) => write.changed).length;

  const request = (namespace: string, name: string, alias: string): ApiKeyConnectionRequest => ({
    target: { alias, namespace, name },
    choices: {
      exposure: { type: 'LoadBalancer', port: 9443, annotations: {} },
      access: { search: [{ names: ['logs-*'] }] },
      skipUnavailable: true,
      replaceExisting: false,
    },
  });

  it('ECK 3.2 under a newer CRD: enables the remote cluster server, sees the operator ignore the service field, falls back to a separate Service, creates the key once', async () => {
    const admin = hostApiClient(suite.app.baseUrl, 'admin', suite.scanner.tap);
    const metrics = request('search-ops', 'metrics-prod', 'metrics');

    const first = await admin.plan(metrics);
    expect(first.status).toBe(200);
    expect(statusOf(first.body, 'enable_remote_cluster_server')).toBe('ready');

    const enabled = await admin.apply(metrics, 'enable_remote_cluster_server');
    expect(enabled.status).toBe(200);
    expect(enabled.body.applied).toBe(true);
    expect(['waiting', 'done']).toContain(statusOf(enabled.body.plan, 'enable_remote_cluster_server'));
    const afterRestart = await eventually(
      () => admin.plan(metrics),
      (r) => statusOf(r.body, 'enable_remote_cluster_server') === 'done',
    );
    // ECK 3.x names its version nowhere, and the sandbox's CRD (3.4) keeps the field: try it first.
    expect(statusOf(afterRestart.body, 'expose_remote_cluster_server')).toBe('ready');
    expect(afterRestart.body.steps.find((s) => s.id === 'expose_remote_cluster_server')?.changes[0]).toMatchObject({
      kind: 'kubernetes_patch',
      resource: { kind: 'Elasticsearch' },
    });
    await admin.apply(metrics, 'expose_remote_cluster_server');
    // The 3.2 operator takes the spec but leaves its Service headless: the plan falls back.
    const fallback = await eventually(
      () => admin.plan(metrics),
      (r) =>
        r.body.steps.find((s) => s.id === 'expose_remote_cluster_server')?.changes[0]?.kind === 'kubernetes_create',
    );
    expect(fallback.body.steps.find((s) => s.id === 'expose_remote_cluster_server')).toMatchObject({
      status: 'ready',
      reason: expect.stringContaining('left the Service unchanged'),
      changes: [{ object: { metadata: { name: 'metrics-prod-es-remote-cluster-lb' } } }],
    });

    // Two admins (or two Kibana instances) apply the same step at once: one Service, two good answers.
    const [one, other] = await Promise.all([
      admin.apply(metrics, 'expose_remote_cluster_server'),
      admin.apply(metrics, 'expose_remote_cluster_server'),
    ]);
    expect([one.status, other.status]).toEqual([200, 200]);
    const lbServices = suite.app
      .world!.kubernetes.store.list(SERVICES, 'search-ops', [])
      .filter((service) => service.metadata.name === 'metrics-prod-es-remote-cluster-lb');
    expect(lbServices).toHaveLength(1);
    const exposed = await eventually(
      () => admin.plan(metrics),
      (r) => statusOf(r.body, 'expose_remote_cluster_server') === 'done',
    );
    const configure = exposed.body.steps.find((s) => s.id === 'configure_remote');
    expect(configure?.status).toBe('ready');
    expect(configure?.changes[0]).toMatchObject({
      body: {
        persistent: {
          cluster: {
            remote: {
              metrics: {
                mode: 'proxy',
                proxy_address: expect.stringMatching(/^127\.\d+\.\d+\.\d+:9443$/),
                server_name: 'metrics-prod-es-remote-cluster.search-ops.svc',
              },
            },
          },
        },
      },
    });

    const created = await admin.apply(metrics, 'create_api_key');
    expect(created.status).toBe(200);
    expect(created.body.apiKey).toMatchObject({ name: 'kibana-remote-metrics', encoded: expect.any(String) });
    expect(Buffer.from(created.body.apiKey!.encoded, 'base64').toString()).toMatch(/^[^:]+:.+$/);
    expect(statusOf(created.body.plan, 'create_api_key')).toBe('done');

    const again = await admin.apply(metrics, 'create_api_key');
    expect(again.body).toMatchObject({ applied: false });
    expect(again.body.apiKey).toBeUndefined();
    expect(again.text).not.toContain(created.body.apiKey!.encoded);
  });

  it('ECK 3.3: exposes the remote cluster server through the service field', async () => {
    const admin = hostApiClient(suite.app.baseUrl, 'admin', suite.scanner.tap);
    const logs = request('search-prod', 'logs-prod', 'logs');
    const plan = await admin.plan(logs);
    expect(statusOf(plan.body, 'expose_remote_cluster_server')).toBe('ready');
    await admin.apply(logs, 'expose_remote_cluster_server');
    const exposed = await eventually(
      () => admin.plan(logs),
      (r) => statusOf(r.body, 'expose_remote_cluster_server') === 'done',
    );
    expect(exposed.body.steps.find((s) => s.id === 'expose_remote_cluster_server')?.evidence).toContainEqual(
      expect.objectContaining({
        subject: 'Service logs-prod-es-remote-cluster',
        value: expect.stringMatching(/^LoadBalancer at 127\./),
      }),
    );
  });

  it('refuses the apply of a blocked step without changing anything', async () => {
    const admin = hostApiClient(suite.app.baseUrl, 'admin', suite.scanner.tap);
    const archive = request('legacy', 'archive', 'archive');
    const writesBefore = changes();
    const refused = await admin.apply(archive, 'enable_remote_cluster_server');
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({ attributes: { code: 'STEP_NOT_READY' } });
    expect(changes()).toBe(writesBefore);
  });

  it.each([
    [{ target: { alias: 'a:b', namespace: 'search-prod', name: 'logs-prod' } }, 'target.alias'],
    [{ target: { alias: 'ok', namespace: 'Search', name: 'logs-prod' } }, 'target.namespace'],
    [{ choices: { exposure: { type: 'address', proxyAddress: 'no-port' } } }, 'choices.exposure.proxyAddress'],
    [{ choices: { access: {} } }, 'choices.access'],
    [{ extra: true }, 'extra'],
  ])('refuses bad input %j naming %s, before any side effect', async (override, field) => {
    const admin = hostApiClient(suite.app.baseUrl, 'admin', suite.scanner.tap);
    const base = request('search-prod', 'logs-prod', 'logs');
    const body = {
      ...base,
      ...override,
      ...('choices' in override ? { choices: { ...base.choices, ...(override.choices as object) } } : {}),
    };
    const writesBefore = changes();
    const refused = await admin.apply(body, 'expose_remote_cluster_server');
    expect(refused.status).toBe(400);
    expect(refused.body).toMatchObject({ attributes: { code: 'INVALID_REQUEST', field } });
    expect(changes()).toBe(writesBefore);
  });

  it('refuses users without the manage privilege before any side effect', async () => {
    const ccsUser = hostApiClient(suite.app.baseUrl, 'ccs_user', suite.scanner.tap);
    const writesBefore = changes();
    const refused = await ccsUser.apply(request('search-prod', 'logs-prod', 'logs'), 'create_api_key');
    expect(refused.status).toBe(403);
    expect((refused.body as unknown as { message: string }).message).toContain('manage_eck_remote_clusters');
    expect(changes()).toBe(writesBefore);
  });
});
