import type { CertificatePlanResponse } from '../../common/api/certificate_connection';
import type { CertificateStepId } from '../../common/plan/certificate/certificate_steps';
import type { PlanStep } from '../../common/plan/plan_types';
import { CORE_TYPES, ELASTICSEARCH_TYPE } from '../../dev/sandbox/kubernetes/resource_types';
import { createNodeActions } from '../../dev/sandbox/nodes';
import { createCertificateAuthority } from '../../dev/sandbox/tls/certificate_authority';
import { certificateRequest, followOnNode } from '../support/certificate_fixtures';
import { eventually, hostApiClient } from '../support/host_api_client';
import {
  CERTIFICATE_FAULT_STAGES,
  cellName,
  isApplicableCertificateCell,
  type CertificateFaultCell,
  type CertificateFaultStage,
} from './faults/certificate_fault_cells';
import { clearFaults, FAULT_NAMES, faultHits, TARGET } from './faults/fault_cells';
import {
  expectCatalogued,
  expectUnaffected,
  startFaultSuite,
  stopFaultSuite,
  type FaultSuite,
} from './faults/fault_suite';

jest.setTimeout(120_000);

const CONFIG_MAPS = CORE_TYPES.find((type) => type.plural === 'configmaps')!;
const SERVICES = CORE_TYPES.find((type) => type.plural === 'services')!;
const CONFIG_MAP = `${TARGET.name}-remote-ca`;

const stepOf = (plan: CertificatePlanResponse, id: string) => plan.steps.find((s) => s.id === id) as PlanStep;
type User = CertificateFaultStage['user'];

/**
 * Every mutating step of the certificate model × every fault of issue [8]: a catalogued,
 * retryable error (or a step that waits and says why), Kubernetes, the ECK cluster and the local
 * cluster exactly as before (or, between the trust step's two writes, the ConfigMap kept whole and
 * nothing referencing it), and the step completes once the fault clears.
 */
describe('fault matrix: the certificate model under faults', () => {
  let suite: FaultSuite;
  let request: ReturnType<typeof certificateRequest>;
  const client = (user: User) => hostApiClient(suite.hosts.urls[0], user, suite.scanner.tap);
  const plan = async (user: User = 'admin') => (await client(user).planCertificate(request)).body;
  const apply = (user: User, step: CertificateStepId) => client(user).applyCertificate(request, step);

  beforeAll(async () => {
    suite = await startFaultSuite();
    const base = certificateRequest(suite.hosts.world.localElasticsearch.transportCa.certificatePem, 'metrics_readers');
    request = { ...base, target: { alias: TARGET.alias, namespace: TARGET.namespace, name: TARGET.name } };
  });
  afterEach(() => clearFaults(suite.hosts.world));
  afterAll(async () => {
    expect(await stopFaultSuite(suite)).toEqual([]);
  });

  const configMaps = (namespace: string) =>
    Object.fromEntries(
      suite.hosts.world.kubernetes.store
        .list(CONFIG_MAPS, namespace, [])
        .map((configMap) => [configMap.metadata.name, (configMap.data as Record<string, string>)?.['ca.crt']]),
    );
  const eckSpec = (namespace: string, name: string) =>
    (suite.hosts.world.kubernetes.store.get(ELASTICSEARCH_TYPE, namespace, name) as unknown as { spec: unknown }).spec;

  /** What a half-applied step would leave behind, anywhere. */
  async function connectionState() {
    const { world } = suite.hosts;
    await world.operator.settled();
    const settings = await suite.elastic.cluster.getSettings({ flat_settings: true });
    return {
      eckSpec: eckSpec(TARGET.namespace, TARGET.name),
      configMaps: configMaps(TARGET.namespace),
      services: world.kubernetes.store
        .list(SERVICES, TARGET.namespace, [])
        .map((service) => `${service.metadata.name} ${JSON.stringify(service.spec)}`)
        .sort(),
      remoteRoles: [...world.operator.elasticsearch(TARGET.namespace, TARGET.name)!.model.roles.keys()].sort(),
      localSettings: settings.persistent,
      localRoles: Object.keys(await suite.elastic.security.getRole()).sort(),
    };
  }

  /** The admin's part between steps: the ECK CA on the local nodes, as the plan writes it. */
  async function prepare(step: CertificateStepId) {
    if (step !== 'configure_remote') return;
    const nodes = createNodeActions(suite.hosts.world.localElasticsearch);
    const trust = stepOf(await plan(), 'trust_eck_ca_on_local_nodes');
    for (const node of trust.instructions!.pendingNodes) followOnNode(nodes, node, trust.instructions!);
    nodes.rollingRestart();
    await eventually(plan, (p) => stepOf(p, 'trust_eck_ca_on_local_nodes').status === 'done', 20_000);
  }

  /** Applies the step under the fault, which must be hit, and expects one of `codes`. */
  async function applyRefused(stage: CertificateFaultStage, cell: CertificateFaultCell, codes: string[]) {
    const hitsBefore = faultHits(suite.hosts.world);
    cell.inject(suite.hosts.world);
    const response = await apply(stage.user, stage.step);
    clearFaults(suite.hosts.world);
    expectCatalogued(response, codes);
    expect(faultHits(suite.hosts.world)).toBeGreaterThan(hitsBefore);
  }

  async function expectRefusedUnchanged(stage: CertificateFaultStage, cell: CertificateFaultCell, codes: string[]) {
    const statusBefore = stepOf(await plan(stage.user), stage.step).status;
    const stateBefore = await connectionState();
    await applyRefused(stage, cell, codes);
    expect(await connectionState()).toEqual(stateBefore);
    await eventually(
      () => plan(stage.user),
      (p) => stepOf(p, stage.step).status === statusBefore,
    );
  }

  /**
   * A failure between the trust step's two writes: the ConfigMap stays (its creator cannot know
   * whether the reference landed when the answer was lost, and removing it then would leave the
   * reference dangling), with every CA it had and the local CA; the ECK resource is unchanged;
   * the next plan only adds the reference. The ConfigMap is then removed, so that the next cell
   * starts where this one did.
   */
  async function expectConfigMapKept(stage: CertificateFaultStage, cell: CertificateFaultCell, codes: string[]) {
    const stateBefore = await connectionState();
    await applyRefused(stage, cell, codes);
    const localCa = suite.hosts.world.localElasticsearch.transportCa.certificatePem;
    expect(await connectionState()).toEqual({
      ...stateBefore,
      configMaps: { ...stateBefore.configMaps, [CONFIG_MAP]: localCa.endsWith('\n') ? localCa : `${localCa}\n` },
    });
    const retry = stepOf(await plan(stage.user), stage.step);
    expect({ status: retry.status, changes: retry.changes.map((c) => c.kind) }).toEqual({
      status: 'ready',
      changes: ['kubernetes_patch'],
    });
    expect(retry.changes[0]).toMatchObject({ resource: { kind: 'Elasticsearch' } });
    suite.hosts.world.kubernetes.store.delete(CONFIG_MAPS, TARGET.namespace, CONFIG_MAP);
    expect(await connectionState()).toEqual(stateBefore);
  }

  async function expectWaitingThenDone(stage: CertificateFaultStage, cell: CertificateFaultCell) {
    cell.inject(suite.hosts.world);
    const response = await apply(stage.user, stage.step);
    expect(response.status).toBe(200);
    expect(response.body.applied).toBe(true);
    // Waits on the stuck operator or load balancer itself, not on a clock: ECK has nothing left
    // to do but what the fault holds back.
    await suite.hosts.world.operator.settled();
    expect(stepOf(await plan(), stage.step)).toMatchObject({ status: 'waiting', reason: expect.any(String) });
    clearFaults(suite.hosts.world);
    await eventually(plan, (p) => stepOf(p, stage.step).status === 'done', 20_000);
  }

  async function expectLandedThenSafe(stage: CertificateFaultStage, cell: CertificateFaultCell, codes: string[]) {
    cell.inject(suite.hosts.world);
    const response = await apply(stage.user, stage.step);
    clearFaults(suite.hosts.world);
    expectCatalogued(response, codes);
    await eventually(
      () => plan(stage.user),
      (p) => stepOf(p, stage.step).status === 'done',
    );
    expect((await apply(stage.user, stage.step)).body.applied).toBe(false);
  }

  it('names every fault for every mutating step, or says why it cannot happen there', () => {
    for (const stage of CERTIFICATE_FAULT_STAGES) {
      expect([...new Set(stage.cells.map((cell) => cell.fault))].sort()).toEqual([...FAULT_NAMES].sort());
    }
  });

  describe.each(CERTIFICATE_FAULT_STAGES.map((stage) => [stage.step, stage]))('%s', (step, stage) => {
    beforeAll(() => prepare(step));

    it.each(stage.cells.filter(isApplicableCertificateCell).map((cell) => [cellName(cell), cell]))(
      '%s',
      async (_name, cell) => {
        const expected = cell.expect;
        if (expected.outcome === 'error') await expectRefusedUnchanged(stage, cell, expected.codes);
        else if (expected.outcome === 'config_map_kept') await expectConfigMapKept(stage, cell, expected.codes);
        else if (expected.outcome === 'unaffected')
          await expectUnaffected(
            suite.hosts.world,
            cell.inject,
            async () => stepOf(await plan(stage.user), stage.step).status,
          );
        else if (expected.outcome === 'landed') await expectLandedThenSafe(stage, cell, expected.codes);
        else await expectWaitingThenDone(stage, cell);
      },
    );

    it('converges once the faults clear', async () => {
      const applied = await apply(stage.user, step);
      expect(applied.status).toBe(200);
      await eventually(
        () => plan(stage.user),
        (p) => stepOf(p, step).status === 'done',
        20_000,
      );
    });
  });

  it('a concurrent edit of an existing CA ConfigMap fails the patch (409), and no CA is lost either way', async () => {
    const { world } = suite.hosts;
    const site = await createCertificateAuthority('CN=Site CA');
    const edited = await createCertificateAuthority('CN=CA added by another admin');
    world.kubernetes.store.create(CONFIG_MAPS, {
      metadata: { namespace: 'search-prod', name: 'site-cas' },
      data: { 'ca.crt': site.certificatePem },
    });
    const logs = { ...certificateRequest(world.localElasticsearch.transportCa.certificatePem) };
    const withSiteCas = { ...logs, choices: { ...logs.choices, configMapName: 'site-cas' } };
    const specBefore = eckSpec('search-prod', 'logs-prod');
    const admin = client('admin');

    // Another admin edits the ConfigMap between the plan's read and the patch.
    world.kubernetes.faults.inject({
      fault: 'error',
      when: (r) => {
        if (r.verb === 'patch' && r.resource === 'configmaps' && r.name === 'site-cas') {
          const current = world.kubernetes.store.get(CONFIG_MAPS, 'search-prod', 'site-cas')!;
          world.kubernetes.store.update(CONFIG_MAPS, {
            ...current,
            data: { 'ca.crt': `${site.certificatePem}${edited.certificatePem}` },
          });
        }
        return false;
      },
    });
    const conflicted = await admin.applyCertificate(withSiteCas, 'trust_local_ca_on_eck');
    clearFaults(world);
    expectCatalogued(conflicted, ['KUBERNETES_CONFLICT']);
    expect(configMaps('search-prod')['site-cas']).toBe(`${site.certificatePem}${edited.certificatePem}`);
    expect(eckSpec('search-prod', 'logs-prod')).toEqual(specBefore);

    // The reference fails after the ConfigMap's patch: every CA is kept, nothing new is referenced.
    world.kubernetes.faults.inject({ fault: 'error', when: (r) => r.verb === 'patch' && r.name === 'logs-prod' });
    expectCatalogued(await admin.applyCertificate(withSiteCas, 'trust_local_ca_on_eck'), ['KUBERNETES_ERROR']);
    clearFaults(world);
    const localCa = world.localElasticsearch.transportCa.certificatePem;
    const all = `${site.certificatePem}${edited.certificatePem}${localCa}`;
    expect(configMaps('search-prod')['site-cas']).toBe(all);
    expect(eckSpec('search-prod', 'logs-prod')).toEqual(specBefore);

    expect((await admin.applyCertificate(withSiteCas, 'trust_local_ca_on_eck')).body.applied).toBe(true);
    expect(configMaps('search-prod')['site-cas']).toBe(all);
    expect(eckSpec('search-prod', 'logs-prod')).toMatchObject({
      transport: { tls: { certificateAuthorities: { configMapName: 'site-cas' } } },
    });
    await eventually(
      async () => (await admin.planCertificate(withSiteCas)).body,
      (p) => stepOf(p, 'trust_local_ca_on_eck').status === 'done',
    );
  });

  it('ends connected: every step the plugin applies is done', async () => {
    const finished = await plan('elastic');
    const applied = CERTIFICATE_FAULT_STAGES.map((stage) => stage.step);
    expect(finished.steps.filter((s) => applied.includes(s.id as CertificateStepId)).map((s) => s.status)).toEqual(
      applied.map(() => 'done'),
    );
  });
});
