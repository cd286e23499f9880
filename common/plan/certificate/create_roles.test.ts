import { doneStep } from '../api_key/test_observations';
import { createCertificateLocalRoleStep } from './create_local_role_step';
import { createRemoteRoleStep } from './create_remote_role_step';

const search = { search: [{ names: ['logs-*'] }] };
const replication = { replication: [{ names: ['leader-*'] }] };
const remoteRole = (overrides: Partial<Parameters<typeof createRemoteRoleStep>[0]> = {}) =>
  createRemoteRoleStep({
    alias: 'logs',
    roleName: 'logs-readers',
    access: search,
    namespace: 'search-prod',
    name: 'logs',
    roleExists: { ok: true, value: false },
    canManageSecurity: true,
    preflight: doneStep(),
    ...overrides,
  });
const localRole = (overrides: Partial<Parameters<typeof createCertificateLocalRoleStep>[0]> = {}) =>
  createCertificateLocalRoleStep({
    alias: 'logs',
    roleName: 'logs-readers',
    access: search,
    roleExists: false,
    canManageSecurity: true,
    preflight: doneStep(),
    ...overrides,
  });

describe('the same role name on both clusters', () => {
  it.each([
    ['absent on the remote', {}, 'ready'],
    ['exists on the remote: never overwritten', { roleExists: { ok: true as const, value: true } }, 'done'],
    ['the user lacks manage_security: the commands to hand over', { canManageSecurity: false }, 'manual'],
    ['the remote cannot be read', { roleExists: { ok: false as const, error: 'no ready pod' } }, 'blocked'],
  ])('remote role %s → %s', (_, overrides, status) => {
    expect(remoteRole(overrides).status).toBe(status);
  });

  it('creates the remote role through the port-forward with read and read_cross_cluster', () => {
    const [change] = remoteRole().changes;
    expect(change).toMatchObject({
      kind: 'elasticsearch_request',
      cluster: 'remote',
      method: 'PUT',
      path: '/_security/role/logs-readers',
      body: {
        cluster: [],
        indices: [{ names: ['logs-*'], privileges: ['read', 'read_cross_cluster', 'view_index_metadata'] }],
      },
    });
    expect(remoteRole().reason).toContain('logs-*');
  });

  it('grants read_ccr and monitor + read on leader indices for replication', () => {
    const [change] = remoteRole({ access: replication }).changes;
    expect(change).toMatchObject({
      body: { cluster: ['read_ccr'], indices: [{ names: ['leader-*'], privileges: ['monitor', 'read'] }] },
    });
  });

  it('hands over a curl through kubectl port-forward when manual, with no password in it', () => {
    const [command] = remoteRole({ canManageSecurity: false }).instructions!.commands;
    expect(command).toContain('kubectl -n search-prod port-forward service/logs-es-http 9200');
    expect(command).toContain('-u "elastic:$PASSWORD"');
  });

  it.each([
    ['absent locally', {}, 'ready'],
    ['exists locally', { roleExists: true }, 'done'],
    ['without manage_security', { canManageSecurity: false }, 'manual'],
  ])('local role %s → %s', (_, overrides, status) => {
    expect(localRole(overrides).status).toBe(status);
  });

  it('locally the role carries the name (and manage_ccr for replication)', () => {
    expect(localRole().changes[0]).toMatchObject({ cluster: 'local', body: { cluster: [], indices: [] } });
    expect(localRole().reason).toContain('grants nothing');
    expect(localRole({ access: replication }).changes[0]).toMatchObject({ body: { cluster: ['manage_ccr'] } });
  });
});
