import { reasonOf, responseErrorOf, startSandboxForTest, type SandboxUnderTest } from '../testing/sandbox_under_test';

const ACCESS = { search: [{ names: ['logs-*'] }], replication: [{ names: ['archive-*'] }] };

describe('POST and PUT /_security/cross_cluster/api_key', () => {
  let sandbox: SandboxUnderTest;
  beforeEach(async () => {
    sandbox = await startSandboxForTest({ clusterName: 'logs-prod' });
  });
  afterEach(() => sandbox.close());

  it('creates a key whose encoded value is base64 of id:api_key, with name, metadata and expiry', async () => {
    const before = Date.now();
    const key = await sandbox.clientFor('elastic').security.createCrossClusterApiKey({
      name: 'self-managed-prod',
      access: ACCESS,
      expiration: '30d',
      metadata: { purpose: 'ccs' },
    });
    expect(key).toEqual({
      id: expect.stringMatching(/^[\w-]{20}$/),
      name: 'self-managed-prod',
      expiration: expect.any(Number),
      api_key: expect.stringMatching(/^[\w-]{22}$/),
      encoded: Buffer.from(`${key.id}:${key.api_key}`).toString('base64'),
    });
    expect(key.expiration).toBeGreaterThanOrEqual(before + 30 * 86_400_000);
    const [listed] = (await sandbox.clientFor('elastic').security.getApiKey({ id: key.id })).api_keys;
    expect(listed).toMatchObject({
      type: 'cross_cluster',
      username: 'elastic',
      realm: 'reserved',
      metadata: { purpose: 'ccs' },
      invalidated: false,
      access: {
        search: [{ names: ['logs-*'], allow_restricted_indices: false }],
        replication: [{ names: ['archive-*'], allow_restricted_indices: false }],
      },
      role_descriptors: {
        cross_cluster: {
          cluster: ['cross_cluster_search', 'monitor_enrich', 'cross_cluster_replication'],
          indices: [
            {
              names: ['logs-*'],
              privileges: ['read', 'read_cross_cluster', 'view_index_metadata'],
              allow_restricted_indices: false,
            },
            {
              names: ['archive-*'],
              privileges: ['cross_cluster_replication', 'cross_cluster_replication_internal'],
              allow_restricted_indices: false,
            },
          ],
        },
      },
    });
    expect(listed).not.toHaveProperty('limited_by');
  });

  it('replaces access on update, and says whether anything changed', async () => {
    const elastic = sandbox.clientFor('elastic');
    const { id } = await elastic.security.createCrossClusterApiKey({ name: 'k', access: ACCESS });
    const access = { search: [{ names: ['metrics-*'] }] };
    expect(await elastic.security.updateCrossClusterApiKey({ id, access })).toEqual({ updated: true });
    expect(await elastic.security.updateCrossClusterApiKey({ id, access })).toEqual({ updated: false });
    expect((await elastic.security.getApiKey({ id })).api_keys[0].access).toEqual({
      search: [{ names: ['metrics-*'], allow_restricted_indices: false }],
    });
  });

  it.each<[string, object, number, string]>([
    ['a missing name', { access: ACCESS }, 400, 'Validation Failed: 1: api key name is required;'],
    ['no access', { name: 'k' }, 400, 'Required [access]'],
    [
      'empty access',
      { name: 'k', access: {} },
      400,
      'must specify non-empty access for either [search] or [replication]',
    ],
    [
      'a reserved metadata key',
      { name: 'k', access: ACCESS, metadata: { _x: 1 } },
      400,
      'Validation Failed: 1: API key metadata keys may not start with [_];',
    ],
  ])('refuses %s', async (_name, body, status, reason) => {
    const error = await responseErrorOf(
      sandbox
        .clientFor('elastic')
        .transport.request({ method: 'POST', path: '/_security/cross_cluster/api_key', body }),
    );
    expect(error.statusCode).toBe(status);
    expect(reasonOf(error.body)).toBe(reason);
  });

  it('needs manage_security: manage is not enough', async () => {
    const error = await responseErrorOf(
      sandbox.clientFor('admin').security.createCrossClusterApiKey({ name: 'k', access: ACCESS }),
    );
    expect(error.statusCode).toBe(403);
    expect(reasonOf(error.body)).toBe(
      'action [cluster:admin/xpack/security/cross_cluster/api_key/create] is unauthorized for user [admin] with effective roles [cluster_admin], ' +
        'this action is granted by the cluster privileges [manage_security,all]',
    );
  });

  it('refuses an API key as the caller, even one that may manage security', async () => {
    const rest = await sandbox.clientFor('elastic').security.createApiKey({ name: 'automation' });
    const error = await responseErrorOf(
      sandbox.clientFor({ apiKey: rest.encoded }).security.createCrossClusterApiKey({ name: 'k', access: ACCESS }),
    );
    expect(error.statusCode).toBe(400);
    expect(error.body).toMatchObject({
      error: {
        type: 'illegal_argument_exception',
        reason: 'authentication via API key not supported: An API key cannot be used to create a cross-cluster API key',
      },
    });
  });

  it('needs an Enterprise licence', async () => {
    sandbox.es.model.setLicense('basic');
    const error = await responseErrorOf(
      sandbox.clientFor('elastic').security.createCrossClusterApiKey({ name: 'k', access: ACCESS }),
    );
    expect(error.statusCode).toBe(403);
    expect(error.body).toMatchObject({
      error: {
        type: 'security_exception',
        reason: 'current license is non-compliant for [advanced-remote-cluster-security]',
        'license.expired.feature': 'advanced-remote-cluster-security',
      },
    });
  });

  it('lets only the owner update a key, and only a cross-cluster one', async () => {
    const rest = await sandbox.clientFor('elastic').security.createApiKey({ name: 'rest' });
    const wrongType = await responseErrorOf(
      sandbox.clientFor('elastic').security.updateCrossClusterApiKey({ id: rest.id, access: ACCESS }),
    );
    expect(reasonOf(wrongType.body)).toBe(
      'cannot update API key of type [rest] while expected type is [cross_cluster]',
    );
    const missing = await responseErrorOf(
      sandbox.clientFor('elastic').security.updateCrossClusterApiKey({ id: 'nope', access: ACCESS }),
    );
    expect(missing.statusCode).toBe(404);
    expect(reasonOf(missing.body)).toBe('no API key owned by requesting user found for ID [nope]');
  });

  it('does not exist before 8.10', async () => {
    const old = await startSandboxForTest({ version: '8.9.2' });
    try {
      const v8 = 'application/vnd.elasticsearch+json; compatible-with=8';
      const error = await responseErrorOf(
        old
          .clientFor('elastic')
          .transport.request(
            { method: 'POST', path: '/_security/cross_cluster/api_key', body: { name: 'k', access: ACCESS } },
            { headers: { accept: v8, 'content-type': v8 } },
          ),
      );
      expect(error.body).toEqual({
        error: 'no handler found for uri [/_security/cross_cluster/api_key] and method [POST]',
      });
    } finally {
      await old.close();
    }
  });
});
