import { reasonOf, responseErrorOf, startSandboxForTest, type SandboxUnderTest } from '../testing/sandbox_under_test';

describe('security endpoints', () => {
  let sandbox: SandboxUnderTest;
  beforeAll(async () => {
    sandbox = await startSandboxForTest({ passwords: { nobody: 'custom-password' } });
  });
  afterAll(() => sandbox.close());

  it('authenticates the elastic user in the reserved realm', async () => {
    expect(await sandbox.clientFor('elastic').security.authenticate()).toEqual({
      username: 'elastic',
      roles: ['superuser'],
      full_name: null,
      email: null,
      metadata: { _reserved: true },
      enabled: true,
      authentication_realm: { name: 'reserved', type: 'reserved' },
      lookup_realm: { name: 'reserved', type: 'reserved' },
      authentication_type: 'realm',
    });
  });

  it('lets any authenticated user, even one without privileges, ask who they are', async () => {
    expect(await sandbox.clientFor('nobody').security.authenticate()).toMatchObject({
      username: 'nobody',
      roles: [],
      authentication_realm: { name: 'default_native', type: 'native' },
    });
  });

  it('answers has_privileges for cluster and index privileges', async () => {
    const response = await sandbox.clientFor('admin').security.hasPrivileges({
      cluster: ['manage', 'monitor', 'manage_security'],
      index: [{ names: ['logs-web'], privileges: ['read', 'view_index_metadata'] }],
    });
    expect(response).toEqual({
      username: 'admin',
      has_all_requested: false,
      cluster: { manage: true, monitor: true, manage_security: false },
      index: { 'logs-web': { read: false, view_index_metadata: false } },
      application: {},
    });
  });

  it('answers has_privileges for a user without any cluster privilege', async () => {
    const response = await sandbox.clientFor('ccs_user').security.hasPrivileges({
      index: [{ names: ['logs-web'], privileges: ['read'] }],
    });
    expect(response).toEqual({
      username: 'ccs_user',
      has_all_requested: true,
      cluster: {},
      index: { 'logs-web': { read: true } },
      application: {},
    });
  });

  it('refuses an unknown privilege with 400', async () => {
    const error = await responseErrorOf(
      sandbox.clientFor('admin').security.hasPrivileges({ cluster: ['manage_everything'] }),
    );
    expect(error.statusCode).toBe(400);
    expect(reasonOf(error.body)).toMatch(/^unknown cluster privilege \[manage_everything\]/);
  });

  it('refuses a check without any privilege', async () => {
    const error = await responseErrorOf(sandbox.clientFor('admin').security.hasPrivileges({ cluster: [] }));
    expect(reasonOf(error.body)).toBe('Validation Failed: 1: must specify at least one privilege;');
  });

  it('uses the configured password of a seed user', async () => {
    const error = await responseErrorOf(
      sandbox.clientFor({ username: 'nobody', password: 'sandbox-nobody-password' }).security.authenticate(),
    );
    expect(error.statusCode).toBe(401);
  });
});
