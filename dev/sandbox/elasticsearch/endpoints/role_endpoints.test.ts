import { reasonOf, responseErrorOf, startSandboxForTest, type SandboxUnderTest } from '../testing/sandbox_under_test';

describe('PUT and GET /_security/role', () => {
  let sandbox: SandboxUnderTest;
  beforeEach(async () => {
    sandbox = await startSandboxForTest();
  });
  afterEach(() => sandbox.close());

  it('stores a role with remote_indices and returns it with defaults filled in', async () => {
    const elastic = sandbox.clientFor('elastic');
    const remote = { clusters: ['eck'], names: ['logs-*'], privileges: ['read', 'read_cross_cluster'] };
    expect(await elastic.security.putRole({ name: 'remote_search', remote_indices: [remote] })).toEqual({
      role: { created: true },
    });
    expect(await elastic.security.putRole({ name: 'remote_search', remote_indices: [remote] })).toEqual({
      role: { created: false },
    });
    expect(await elastic.security.getRole({ name: 'remote_search' })).toEqual({
      remote_search: {
        cluster: [],
        indices: [],
        applications: [],
        run_as: [],
        metadata: {},
        transient_metadata: { enabled: true },
        remote_indices: [{ ...remote, allow_restricted_indices: false }],
      },
    });
  });

  it.each<[string, object, string]>([
    [
      'an unknown cluster privilege',
      { cluster: ['manage_everything'] },
      'unknown cluster privilege [manage_everything]',
    ],
    [
      'an unknown index privilege',
      { indices: [{ names: ['a'], privileges: ['reed'] }] },
      'unknown index privilege [reed]',
    ],
    [
      'remote_indices without clusters',
      { remote_indices: [{ names: ['a'], privileges: ['read'] }] },
      'missing required [clusters] field',
    ],
  ])('refuses %s', async (_name, role, reason) => {
    const error = await responseErrorOf(
      sandbox.clientFor('elastic').transport.request({ method: 'PUT', path: '/_security/role/bad', body: role }),
    );
    expect(error.statusCode).toBe(400);
    expect(reasonOf(error.body)).toContain(reason);
  });

  it('answers 404 with an empty object for a role that does not exist', async () => {
    const error = await responseErrorOf(sandbox.clientFor('elastic').security.getRole({ name: 'nope' }));
    expect(error.statusCode).toBe(404);
    expect(error.body).toEqual({});
  });

  it('needs manage_security to write', async () => {
    const error = await responseErrorOf(
      sandbox.clientFor('admin').security.putRole({ name: 'x', cluster: ['monitor'] }),
    );
    expect(error.statusCode).toBe(403);
  });
});
