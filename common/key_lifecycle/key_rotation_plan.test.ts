import type { ObservedLocalRemote } from '../plan/observation';
import { keyRotationPlan, type KeyRotationObservation } from './key_rotation_plan';
import { LOCAL_UUID, NOW, pluginKey } from './test_keys';

const target = { alias: 'logs', namespace: 'search-prod', name: 'logs-prod' };
const localRemote: ObservedLocalRemote = {
  source: 'persistent',
  mode: 'proxy',
  proxyAddress: '10.0.0.7:9443',
  serverName: 'logs-prod-es-remote-cluster.search-prod.svc',
  skipUnavailable: true,
  proxySocketConnections: 18,
  connected: true,
  hasCredentials: true,
};
const old = pluginKey('old', 'logs', { expiration: '2027-01-01T00:00:00.000Z', creation: '2026-01-01T00:00:00.000Z' });
const fresh = (extra: Record<string, unknown> = {}) =>
  pluginKey('new', 'logs', { creation: '2026-11-29T00:00:00.000Z', extraMetadata: { rotated_from: 'old', ...extra } });

const observed = (overrides: Partial<KeyRotationObservation> = {}): KeyRotationObservation => ({
  localClusterUuid: { ok: true, value: LOCAL_UUID },
  keys: { ok: true, value: [old] },
  nodes: ['node-1', 'node-2'],
  localRemote,
  resolution: { ok: true, value: { connected: true } },
  now: NOW,
  ...overrides,
});
const statuses = (o: KeyRotationObservation) => keyRotationPlan(target, {}, o).steps.map((s) => s.status);

describe('keyRotationPlan', () => {
  it.each<[string, Partial<KeyRotationObservation>, string[]]>([
    ['idle: a new key can be created', {}, ['ready', 'blocked', 'blocked', 'blocked']],
    [
      'new key created: the keystores are manual',
      { keys: { ok: true, value: [old, fresh()] } },
      ['done', 'manual', 'blocked', 'blocked'],
    ],
    [
      'reloaded and connected: the old key can be invalidated',
      { keys: { ok: true, value: [old, fresh({ keystores_reloaded_at: '2026-11-29T01:00:00Z' })] } },
      ['done', 'done', 'done', 'ready'],
    ],
    [
      'reloaded but not connected: never invalidate',
      {
        keys: { ok: true, value: [old, fresh({ keystores_reloaded_at: '2026-11-29T01:00:00Z' })] },
        resolution: { ok: true, value: { connected: false, error: 'unable to authenticate' } },
      },
      ['done', 'done', 'blocked', 'blocked'],
    ],
    [
      'old key invalidated: idle again, the new key is current',
      { keys: { ok: true, value: [{ ...old, invalidated: true }, fresh({ keystores_reloaded_at: 'x' })] } },
      ['ready', 'blocked', 'blocked', 'blocked'],
    ],
    ['keys unreadable', { keys: { ok: false, error: 'no ready pod' } }, ['blocked', 'blocked', 'blocked', 'blocked']],
    ['alias not configured', { localRemote: null, resolution: null }, ['blocked', 'blocked', 'blocked', 'blocked']],
    [
      'alias without credentials',
      { localRemote: { ...localRemote, hasCredentials: false } },
      ['blocked', 'blocked', 'blocked', 'blocked'],
    ],
    ['no key of ours', { keys: { ok: true, value: [] } }, ['blocked', 'blocked', 'blocked', 'blocked']],
  ])('%s', (_label, overrides, expected) => {
    expect(statuses(observed(overrides))).toEqual(expected);
  });

  it('creates the new key with the old access and lifetime, naming the old key in its metadata', () => {
    const plan = keyRotationPlan(target, {}, observed());
    expect(plan).toMatchObject({ phase: 'idle', currentKey: { id: 'old' }, newKey: null });
    expect(plan.steps[0].changes[0]).toMatchObject({
      cluster: 'remote',
      method: 'POST',
      path: '/_security/cross_cluster/api_key',
      body: {
        name: 'kibana-remote-logs',
        access: { search: [{ names: ['logs-*'] }] },
        expiration: '365d',
        metadata: {
          managed_by: 'kibana-eck-remote-clusters',
          local_cluster_uuid: LOCAL_UUID,
          remote_cluster_alias: 'logs',
          rotated_from: 'old',
        },
      },
    });
    expect(keyRotationPlan(target, { expiration: '30d' }, observed()).steps[0].changes[0]).toMatchObject({
      body: { expiration: '30d' },
    });
  });

  it('gives the keystore command for every node, replacing the value', () => {
    const plan = keyRotationPlan(target, {}, observed({ keys: { ok: true, value: [old, fresh()] } }));
    expect(plan).toMatchObject({ phase: 'in_progress', currentKey: { id: 'old' }, newKey: { id: 'new' } });
    expect(plan.steps[1].instructions).toMatchObject({
      commands: [`printf '%s' "$ENCODED_KEY" | bin/elasticsearch-keystore add -x -f cluster.remote.logs.credentials`],
      pendingNodes: ['node-1', 'node-2'],
    });
    expect(plan.steps[1].changes.map((c) => c.kind === 'elasticsearch_request' && `${c.method} ${c.path}`)).toEqual([
      'POST /_nodes/reload_secure_settings',
      'PUT /_security/cross_cluster/api_key/new',
    ]);
  });

  it('invalidates exactly the old key, and reports the finished rotation afterwards', () => {
    const reloaded = fresh({ keystores_reloaded_at: 'x' });
    const plan = keyRotationPlan(target, {}, observed({ keys: { ok: true, value: [old, reloaded] } }));
    expect(plan.steps[3].changes[0]).toMatchObject({
      method: 'DELETE',
      path: '/_security/api_key',
      body: { ids: ['old'] },
    });
    const after = keyRotationPlan(
      target,
      {},
      observed({ keys: { ok: true, value: [{ ...old, invalidated: true }, reloaded] } }),
    );
    expect(after).toMatchObject({ phase: 'idle', currentKey: { id: 'new' }, lastRotation: { from: 'old', to: 'new' } });
  });
});
