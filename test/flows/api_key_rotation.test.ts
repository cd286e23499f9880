import type {
  ApplyKeyRotationStepResponse,
  InvalidateOrphanKeyResponse,
  KeyRotationPlanResponse,
} from '../../common/api/key_lifecycle';
import { API_ROUTES } from '../../common/api/api_routes';
import type { ListManagedKeysResponse } from '../../common/key_lifecycle/key_lifecycle_types';
import type { Standalone } from '../../dev/host/start_standalone';
import { createNodeActions } from '../../dev/sandbox/nodes';
import { scannedFlowApp } from '../support/flow_app';
import { hostApiClient } from '../support/host_api_client';
import { connectLogsRemote, LOGS_REMOTE } from './connect_logs_remote';
import { startContinuousSearches } from './continuous_searches';

jest.setTimeout(120_000);

const ROTATION = { target: LOGS_REMOTE.target };

/**
 * A cross-cluster API key rotated end to end in the sandbox, through the plugin's API, with the
 * keystore commands run on every node as written, while the CCS user searches without pause.
 */
describe('API key lifecycle', () => {
  const suite = scannedFlowApp();

  it('rotates the key of "logs" with zero failed searches, then finds and invalidates an orphan', async () => {
    const { keyId: oldKeyId } = await connectLogsRemote(suite.app);
    const admin = hostApiClient(suite.app.baseUrl, 'admin', suite.scanner.tap);
    const nodes = createNodeActions(suite.app.world!.localElasticsearch);
    const apply = (step: string) =>
      admin.post<ApplyKeyRotationStepResponse>(API_ROUTES.applyKeyRotationStep.path, { ...ROTATION, step });
    const plan = async () =>
      (await admin.post<KeyRotationPlanResponse>(API_ROUTES.planKeyRotation.path, ROTATION)).body;
    const statuses = (p: KeyRotationPlanResponse) => p.steps.map((s) => s.status);

    const listed = (await admin.get<ListManagedKeysResponse>(API_ROUTES.listManagedKeys.path)).body;
    const logsProd = listed.clusters.find((c) => c.name === 'logs-prod')!;
    expect(logsProd.keys).toEqual([
      expect.objectContaining({
        id: oldKeyId,
        alias: 'logs',
        usage: 'in_use',
        access: { search: [expect.objectContaining({ names: ['logs-*'] })] },
      }),
    ]);

    // Refused before anything changes: bad input names the field, a user without manage is forbidden.
    const badStep = await admin.post(API_ROUTES.applyKeyRotationStep.path, { ...ROTATION, step: 'rotate_everything' });
    expect(badStep).toMatchObject({ status: 400, body: { message: expect.stringContaining('step') } });
    const badAlias = await admin.post(API_ROUTES.planKeyRotation.path, {
      target: { ...ROTATION.target, alias: 'a:b' },
    });
    expect(badAlias).toMatchObject({ status: 400, body: { message: expect.stringContaining('alias') } });
    const ccsUser = hostApiClient(suite.app.baseUrl, 'ccs_user', suite.scanner.tap);
    const forbidden = await ccsUser.post(API_ROUTES.applyKeyRotationStep.path, { ...ROTATION, step: 'create_new_key' });
    expect(forbidden.status).toBe(403);
    const unchanged = (await admin.get<ListManagedKeysResponse>(API_ROUTES.listManagedKeys.path)).body;
    expect(unchanged.clusters.find((c) => c.name === 'logs-prod')!.keys).toHaveLength(1);

    const searches = startContinuousSearches(suite.app.world!.localElasticsearchUrl);
    let encoded = '';
    try {
      await searches.more(5);
      expect(statuses(await plan())).toEqual(['ready', 'blocked', 'blocked', 'blocked']);

      const created = await apply('create_new_key');
      expect(created.status).toBe(200);
      const newKey = created.body.apiKey!;
      encoded = newKey.encoded;
      expect(newKey.id).not.toBe(oldKeyId);
      expect(statuses(created.body.plan)).toEqual(['done', 'manual', 'blocked', 'blocked']);
      // A second click (or another Kibana instance) creates nothing: the rotation is read back from the keys.
      const again = await apply('create_new_key');
      expect(again.body).toMatchObject({ applied: false, plan: { newKey: { id: newKey.id } } });
      expect(again.body.apiKey).toBeUndefined();

      // The invalidation is refused until the keystores are reloaded and the remote verified.
      expect((await apply('invalidate_old_key')).body).toMatchObject({ attributes: { code: 'STEP_NOT_READY' } });

      const keystores = created.body.plan.steps[1];
      const consumer = keystores.instructions!.commands[0].split(' | ')[1].split(' ');
      expect(keystores.instructions!.pendingNodes).toHaveLength(3);
      for (const node of keystores.instructions!.pendingNodes) {
        expect(nodes.exec(node, consumer, newKey.encoded)).toMatchObject({ exitCode: 0 });
      }
      const reloaded = await apply('update_keystores');
      expect(reloaded.body.reloadFailures).toEqual([]);
      expect(statuses(reloaded.body.plan)).toEqual(['done', 'done', 'done', 'ready']);

      const invalidated = await apply('invalidate_old_key');
      expect(invalidated.body.plan).toMatchObject({
        phase: 'idle',
        currentKey: { id: newKey.id },
        lastRotation: { from: oldKeyId, to: newKey.id },
      });
      // Searches keep flowing on the new key alone.
      await searches.more(10);
    } finally {
      await searches.stop();
    }
    expect(searches.searches).toBeGreaterThanOrEqual(15);
    expect(searches.failures).toEqual([]);

    // The new key was in the one response that created it, and in no log line (audit included).
    expect(encoded.length).toBeGreaterThan(20);
    expect(suite.logLines.join('\n')).toContain('eck_remote_clusters.key_rotation.invalidate_old_key');
    expect(suite.logLines.join('\n')).not.toContain(encoded);

    // The old key is gone from the list; the new one is in use.
    const after = (await admin.get<ListManagedKeysResponse>(API_ROUTES.listManagedKeys.path)).body;
    expect(after.clusters.find((c) => c.name === 'logs-prod')!.keys.map((k) => [k.alias, k.usage])).toEqual([
      ['logs', 'in_use'],
    ]);

    // Removing the alias leaves the key an orphan: the in-use check refuses it before, allows it after.
    const keyId = after.clusters.find((c) => c.name === 'logs-prod')!.keys[0].id;
    const orphan = { namespace: 'search-prod', name: 'logs-prod', id: keyId };
    const refused = await admin.post(API_ROUTES.invalidateOrphanKey.path, orphan);
    expect(refused).toMatchObject({ status: 409, body: { attributes: { code: 'API_KEY_NOT_ORPHAN' } } });
    expect((await ccsUser.post(API_ROUTES.invalidateOrphanKey.path, orphan)).status).toBe(403);
    expect((await admin.post(API_ROUTES.invalidateOrphanKey.path, { ...orphan, id: 'a b' })).body).toMatchObject({
      statusCode: 400,
      message: expect.stringContaining('id'),
    });

    const elastic = hostApiClient(suite.app.baseUrl, 'elastic', suite.scanner.tap);
    await removeRemote(suite.app, 'logs');
    const orphaned = (await elastic.get<ListManagedKeysResponse>(API_ROUTES.listManagedKeys.path)).body;
    expect(orphaned.clusters.find((c) => c.name === 'logs-prod')!.keys).toEqual([
      expect.objectContaining({ id: keyId, usage: 'orphan' }),
    ]);
    const done = await admin.post<InvalidateOrphanKeyResponse>(API_ROUTES.invalidateOrphanKey.path, orphan);
    expect(done.body).toEqual({ invalidated: [keyId] });
    expect((await admin.post<InvalidateOrphanKeyResponse>(API_ROUTES.invalidateOrphanKey.path, orphan)).body).toEqual({
      invalidated: [],
    });
  });
});

async function removeRemote(app: Standalone, alias: string) {
  const { Client } = await import('@elastic/elasticsearch');
  const { SEED_PASSWORDS } = await import('../../dev/sandbox/elasticsearch');
  const client = new Client({
    node: app.world!.localElasticsearchUrl,
    auth: { username: 'elastic', password: SEED_PASSWORDS.elastic },
  });
  await client.cluster.putSettings({
    persistent: {
      [`cluster.remote.${alias}.mode`]: null,
      [`cluster.remote.${alias}.proxy_address`]: null,
      [`cluster.remote.${alias}.server_name`]: null,
      [`cluster.remote.${alias}.skip_unavailable`]: null,
      [`cluster.remote.${alias}.proxy_socket_connections`]: null,
    },
  });
  await client.close();
}
