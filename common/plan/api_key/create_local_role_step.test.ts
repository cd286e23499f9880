import type { CrossClusterAccess } from './cross_cluster_api_key';
import { createLocalRoleStep, localRoleBody } from './create_local_role_step';
import { doneStep } from './test_observations';

const SEARCH = {
  clusters: ['logs'],
  names: ['logs-*'],
  privileges: ['read', 'read_cross_cluster', 'view_index_metadata'],
};
const LEADERS = { clusters: ['logs'], names: ['archive-*'], privileges: ['cross_cluster_replication'] };
const FOLLOWERS = { names: ['archive-*'], privileges: ['monitor', 'read', 'write', 'manage_follow_index'] };
const metadata = { managed_by: 'kibana-eck-remote-clusters', remote_cluster_alias: 'logs' };

describe('the local role mirrors the key access', () => {
  it.each<[string, CrossClusterAccess, object]>([
    ['search only', { search: [{ names: ['logs-*'] }] }, { remote_indices: [SEARCH], metadata }],
    [
      'replication only',
      { replication: [{ names: ['archive-*'] }] },
      { cluster: ['manage_ccr'], indices: [FOLLOWERS], remote_indices: [LEADERS], metadata },
    ],
    [
      'search and replication',
      { search: [{ names: ['logs-*'] }], replication: [{ names: ['archive-*'] }] },
      { cluster: ['manage_ccr'], indices: [FOLLOWERS], remote_indices: [SEARCH, LEADERS], metadata },
    ],
  ])('%s', (_case, access, body) => {
    expect(localRoleBody('logs', access)).toStrictEqual(body);
  });

  it('never grants the internal replication privilege, which the key derives for the system user', () => {
    const body = JSON.stringify(localRoleBody('logs', { replication: [{ names: ['archive-*'] }] }));
    expect(body).not.toContain('cross_cluster_replication_internal');
  });
});

describe('create the local role', () => {
  const input = {
    alias: 'logs',
    access: { search: [{ names: ['logs-*'] }] } as CrossClusterAccess,
    roleExists: false,
    canManageSecurity: true,
    configureStep: doneStep(),
  };

  it.each([
    ['the remote is not configured', 'blocked', { configureStep: { ...doneStep(), status: 'ready' as const } }],
    ['the role exists', 'done', { roleExists: true }],
    ['the user may manage security', 'ready', {}],
    ['the user lacks manage_security', 'manual', { canManageSecurity: false }],
  ])('%s → %s, and optional', (_case, status, overrides) => {
    const result = createLocalRoleStep({ ...input, ...overrides });
    expect(result).toMatchObject({ status, optional: true });
  });

  it('shows the exact role request, and hands it over when the user cannot apply it', () => {
    const ready = createLocalRoleStep(input);
    expect(ready.changes).toEqual([
      expect.objectContaining({ method: 'PUT', path: '/_security/role/remote-logs-search', cluster: 'local' }),
    ]);
    const manual = createLocalRoleStep({ ...input, canManageSecurity: false });
    expect(manual.instructions!.commands).toEqual([ready.changes[0].command]);
  });

  it.each<[string, CrossClusterAccess, string[], string[]]>([
    [
      'search',
      { search: [{ names: ['logs-*', 'metrics-*'] }] },
      ['users who search logs', 'On logs:logs-*, logs:metrics-*: read (search', 'view_index_metadata'],
      ['manage_ccr', 'replicate'],
    ],
    [
      'replication',
      { replication: [{ names: ['archive-*'] }] },
      [
        'users who replicate from logs',
        'manage_ccr on this cluster: create and manage follower indices and auto-follow patterns',
        'On logs:archive-*: cross_cluster_replication (read',
        'On the local follower indices archive-*: monitor, read, write and manage_follow_index',
      ],
      ['read_cross_cluster', 'users who search'],
    ],
    [
      'both',
      { search: [{ names: ['logs-*'] }], replication: [{ names: ['archive-*'] }] },
      ['users who search or replicate from logs', 'read_cross_cluster', 'manage_ccr', 'manage_follow_index'],
      [],
    ],
  ])('says what the role grants for %s access', (_case, access, said, unsaid) => {
    const { reason } = createLocalRoleStep({ ...input, access });
    for (const text of said) expect(reason).toContain(text);
    for (const text of unsaid) expect(reason).not.toContain(text);
  });
});
