import type { ApiKeyConnectionRequest, ApiKeyPlanResponse } from '../../common/api/api_key_connection';
import type { ApiKeyStepId } from '../../common/plan/api_key/api_key_steps';
import type { PlanStep } from '../../common/plan/plan_types';
import { CORE_TYPES, ELASTICSEARCH_TYPE } from '../../dev/sandbox/kubernetes/resource_types';
import { eventually, hostApiClient } from '../support/host_api_client';
import { nodeManualSteps } from '../support/node_manual_steps';
import {
  clearFaults,
  FAULT_NAMES,
  FAULT_STAGES,
  faultHits,
  isApplicable,
  TARGET,
  type FaultCell,
  type FaultStage,
} from './faults/fault_cells';
import {
  expectCatalogued,
  expectUnaffected,
  startFaultSuite,
  stopFaultSuite,
  type FaultSuite,
} from './faults/fault_suite';

jest.setTimeout(120_000);

const SERVICES = CORE_TYPES.find((type) => type.plural === 'services')!;

const REQUEST: ApiKeyConnectionRequest = {
  target: { alias: TARGET.alias, namespace: TARGET.namespace, name: TARGET.name },
  choices: {
    exposure: { type: 'LoadBalancer', port: 9443, annotations: {} },
    access: { search: [{ names: ['logs-*'] }] },
    skipUnavailable: true,
    replaceExisting: false,
  },
};

const stepOf = (plan: ApiKeyPlanResponse, id: ApiKeyStepId) => plan.steps.find((s) => s.id === id) as PlanStep;

/**
 * Every mutating step of the API key flow × every fault of issue [8], on one connection taken
 * from start to finish: each fault ends the apply with a catalogued, retryable error (or, for the
 * operator and the load balancer, a step that waits and says why), leaves Kubernetes, the ECK
 * cluster and the local cluster exactly as they were, and the step completes once it clears.
 */
describe('fault matrix: the API key flow under faults', () => {
  let suite: FaultSuite;
  let encodedKey = '';
  const client = (user: FaultStage['user']) => hostApiClient(suite.hosts.urls[0], user, suite.scanner.tap);
  const plan = async (user: FaultStage['user'] = 'admin') => (await client(user).plan(REQUEST)).body;

  beforeAll(async () => {
    suite = await startFaultSuite();
  });
  afterEach(() => clearFaults(suite.hosts.world));
  afterAll(async () => {
    expect(await stopFaultSuite(suite)).toEqual([]);
  });

  /** What a half-applied step would leave behind, anywhere. */
  async function connectionState() {
    const { world } = suite.hosts;
    await world.operator.settled();
    const es = world.kubernetes.store.get(ELASTICSEARCH_TYPE, TARGET.namespace, TARGET.name) as unknown as {
      spec: unknown;
    };
    const settings = await suite.elastic.cluster.getSettings({ flat_settings: true });
    return {
      eckSpec: es.spec,
      services: world.kubernetes.store
        .list(SERVICES, TARGET.namespace, [])
        .map((service) => service.metadata.name)
        .sort(),
      remoteKeys: world.operator
        .elasticsearch(TARGET.namespace, TARGET.name)!
        .model.apiKeys.list()
        // An invalidated key can authenticate nothing: only valid keys are state that matters.
        .filter((key) => !key.invalidated)
        .map((key) => key.id),
      localSettings: settings.persistent,
      localRoles: Object.keys(await suite.elastic.security.getRole()).sort(),
    };
  }

  /** The admin's part between steps: keystore commands and the CA on the nodes, as the plan writes them. */
  async function prepare(step: ApiKeyStepId) {
    const manual = nodeManualSteps(suite.hosts.world);
    if (step === 'add_credentials_to_keystore') {
      expect(manual.addCredentials(stepOf(await plan(), step), encodedKey)).toEqual([0, 0, 0]);
    }
    if (step === 'expose_remote_cluster_server') {
      // ECK 3.2 takes the service field and ignores it: the plan falls back to a separate Service,
      // whose creation is what the faults hit (the field's patch is the enable step's call).
      expect((await client('admin').apply(REQUEST, step)).status).toBe(200);
      await eventually(plan, (p) => stepOf(p, step).changes[0]?.kind === 'kubernetes_create');
    }
    if (step === 'configure_remote') {
      manual.trustCa(stepOf(await plan(), 'trust_ca_on_local_nodes'));
      await eventually(plan, (p) => stepOf(p, 'trust_ca_on_local_nodes').status === 'done', 20_000);
    }
  }

  async function expectRefusedUnchanged(stage: FaultStage, cell: FaultCell, codes: string[]) {
    const statusBefore = stepOf(await plan(stage.user), stage.step).status;
    const stateBefore = await connectionState();
    const hitsBefore = faultHits(suite.hosts.world);
    cell.inject(suite.hosts.world);
    const response = await client(stage.user).apply(REQUEST, stage.step);
    clearFaults(suite.hosts.world);
    expectCatalogued(response, codes);
    expect(faultHits(suite.hosts.world)).toBeGreaterThan(hitsBefore);
    expect(await connectionState()).toEqual(stateBefore);
    // Under load a read may still be settling: the step is back where it was, not necessarily at once.
    await eventually(
      () => plan(stage.user),
      (p) => stepOf(p, stage.step).status === statusBefore,
    );
  }

  async function expectWaitingThenDone(stage: FaultStage, cell: FaultCell) {
    cell.inject(suite.hosts.world);
    const response = await client(stage.user).apply(REQUEST, stage.step);
    expect(response.status).toBe(200);
    expect(response.body.applied).toBe(true);
    // Waits on the stuck operator or load balancer itself, not on a clock: ECK has nothing left
    // to do but what the fault holds back.
    await suite.hosts.world.operator.settled();
    const waiting = stepOf(await plan(), stage.step);
    expect(waiting).toMatchObject({ status: 'waiting', reason: expect.any(String) });
    clearFaults(suite.hosts.world);
    await eventually(plan, (p) => stepOf(p, stage.step).status === 'done', 20_000);
  }

  async function expectLandedThenSafe(stage: FaultStage, cell: FaultCell, codes: string[]) {
    cell.inject(suite.hosts.world);
    const response = await client(stage.user).apply(REQUEST, stage.step);
    clearFaults(suite.hosts.world);
    expectCatalogued(response, codes);
    // The reload stays manual until the remote is configured; the others are done once landed.
    if (stage.step !== 'add_credentials_to_keystore') {
      await eventually(
        () => plan(stage.user),
        (p) => stepOf(p, stage.step).status === 'done',
      );
    }
    expect((await client(stage.user).apply(REQUEST, stage.step)).status).toBe(200);
  }

  it('names every fault for every mutating step, or says why it cannot happen there', () => {
    for (const stage of FAULT_STAGES) {
      expect(stage.cells.map((cell) => cell.fault).sort()).toEqual([...FAULT_NAMES].sort());
    }
  });

  describe.each(FAULT_STAGES.map((stage) => [stage.step, stage]))('%s', (step, stage) => {
    beforeAll(() => prepare(step));

    it.each(stage.cells.filter(isApplicable).map((cell) => [cell.fault, cell]))('%s', async (_fault, cell) => {
      if (cell.expect.outcome === 'error') await expectRefusedUnchanged(stage, cell, cell.expect.codes);
      else if (cell.expect.outcome === 'unaffected')
        await expectUnaffected(
          suite.hosts.world,
          cell.inject,
          async () => stepOf(await plan(stage.user), stage.step).status,
        );
      else if (cell.expect.outcome === 'landed') await expectLandedThenSafe(stage, cell, cell.expect.codes);
      else await expectWaitingThenDone(stage, cell);
    });

    it('converges once the faults clear', async () => {
      const applied = await client(stage.user).apply(REQUEST, step);
      expect(applied.status).toBe(200);
      if (applied.body.apiKey) encodedKey = applied.body.apiKey.encoded;
      if (step === 'add_credentials_to_keystore') {
        expect(applied.body.reloadFailures).toEqual([]);
        return;
      }
      await eventually(
        () => plan(stage.user),
        (p) => stepOf(p, step).status === 'done',
        20_000,
      );
    });
  });

  it("a Kubernetes write whose answer is lost (logs-prod's expose patch): it landed whole, the plan shows it, applying again changes nothing", async () => {
    const logs: ApiKeyConnectionRequest = {
      ...REQUEST,
      target: { alias: 'logs', namespace: 'search-prod', name: 'logs-prod' },
    };
    const admin = client('admin');
    expect(stepOf((await admin.plan(logs)).body, 'expose_remote_cluster_server').status).toBe('ready');
    const patchesOfLogsProd = () =>
      suite.hosts.world.kubernetes.writes.filter(
        (write) => write.verb === 'patch' && write.name === 'logs-prod' && write.changed,
      ).length;
    const patchesBefore = patchesOfLogsProd();
    suite.hosts.world.kubernetes.faults.inject({
      fault: 'lost',
      when: (r) => r.verb === 'patch' && r.resource === 'elasticsearches' && r.name === 'logs-prod' && !r.dryRun,
    });
    const lost = await admin.apply(logs, 'expose_remote_cluster_server');
    clearFaults(suite.hosts.world);
    expect(lost).toMatchObject({ status: 504, body: { attributes: { code: 'KUBERNETES_TIMEOUT' } } });
    await eventually(
      async () => (await admin.plan(logs)).body,
      (p) => stepOf(p, 'expose_remote_cluster_server').status === 'done',
      20_000,
    );
    expect((await admin.apply(logs, 'expose_remote_cluster_server')).body.applied).toBe(false);
    expect(patchesOfLogsProd()).toBe(patchesBefore + 1);
  });

  it('ends connected: every step done, one valid key', async () => {
    const finished = await eventually(
      () => plan('elastic'),
      (p) => p.steps.every((s) => s.status === 'done'),
      20_000,
    );
    expect(finished.steps.map((s) => s.status)).toEqual(finished.steps.map(() => 'done'));
    const keys = suite.hosts.world.operator.elasticsearch(TARGET.namespace, TARGET.name)!.model.apiKeys.list();
    // The key whose answer was lost was withdrawn: one valid key, the one that was shown.
    expect(keys.filter((key) => key.name === `kibana-remote-${TARGET.alias}` && !key.invalidated)).toHaveLength(1);
  });
});
