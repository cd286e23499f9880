import { reasonOf, responseErrorOf, startSandboxForTest, type SandboxUnderTest } from '../testing/sandbox_under_test';

describe('REST API keys: create, authenticate, get, invalidate', () => {
  let sandbox: SandboxUnderTest;
  beforeEach(async () => {
    sandbox = await startSandboxForTest();
  });
  afterEach(() => sandbox.close());

  it('authenticates a REST key as its owner, limited by the owner', async () => {
    const key = await sandbox.clientFor('elastic').security.createApiKey({ name: 'automation' });
    expect(await sandbox.clientFor({ apiKey: key.encoded }).security.authenticate()).toMatchObject({
      username: 'elastic',
      roles: [],
      authentication_type: 'api_key',
      authentication_realm: { name: '_es_api_key', type: '_es_api_key' },
      api_key: { id: key.id, name: 'automation' },
    });
  });

  it('gives a key no more than its own role descriptors', async () => {
    const key = await sandbox.clientFor('elastic').security.createApiKey({
      name: 'monitoring',
      role_descriptors: { watcher: { cluster: ['monitor'] } },
    });
    const client = sandbox.clientFor({ apiKey: key.encoded });
    expect((await client.info()).cluster_name).toBe('local');
    const error = await responseErrorOf(
      client.cluster.putSettings({ persistent: { 'action.destructive_requires_name': true } }),
    );
    expect(reasonOf(error.body)).toBe(
      `action [cluster:admin/settings/update] is unauthorized for API key id [${key.id}] of user [elastic], ` +
        'this action is granted by the cluster privileges [manage,all]',
    );
  });

  it('refuses a cross-cluster key on the REST interface with 401', async () => {
    const key = await sandbox
      .clientFor('elastic')
      .security.createCrossClusterApiKey({ name: 'ccs', access: { search: [{ names: ['*'] }] } });
    const error = await responseErrorOf(sandbox.clientFor({ apiKey: key.encoded }).security.authenticate());
    expect(error.statusCode).toBe(401);
    expect(reasonOf(error.body)).toBe(
      `authentication expected API key type of [rest], but API key [${key.id}] has type [cross_cluster]`,
    );
  });

  it('refuses an invalidated key, listing why under additional_unsuccessful_credentials', async () => {
    const elastic = sandbox.clientFor('elastic');
    const key = await elastic.security.createApiKey({ name: 'temporary' });
    expect(await elastic.security.invalidateApiKey({ ids: [key.id] })).toEqual({
      invalidated_api_keys: [key.id],
      previously_invalidated_api_keys: [],
      error_count: 0,
    });
    const error = await responseErrorOf(sandbox.clientFor({ apiKey: key.encoded }).info());
    expect(error.statusCode).toBe(401);
    expect(error.body).toMatchObject({
      error: {
        reason: 'unable to authenticate with provided credentials and anonymous access is not allowed for this request',
        additional_unsuccessful_credentials: `API key: api key [${key.id}] has been invalidated`,
      },
    });
    expect(await elastic.security.invalidateApiKey({ ids: [key.id] })).toMatchObject({
      previously_invalidated_api_keys: [key.id],
    });
  });

  it('lists keys by name (wildcards), owner and activity', async () => {
    const elastic = sandbox.clientFor('elastic');
    const a = await elastic.security.createApiKey({ name: 'eck-a' });
    await elastic.security.createApiKey({ name: 'other' });
    await elastic.security.invalidateApiKey({ name: 'other' });
    expect((await elastic.security.getApiKey({ name: 'eck-*' })).api_keys.map((key) => key.id)).toEqual([a.id]);
    expect((await elastic.security.getApiKey({ active_only: true })).api_keys.map((key) => key.name)).toEqual([
      'eck-a',
    ]);
    expect((await elastic.security.getApiKey({ owner: true })).api_keys).toHaveLength(2);
    const [withLimits] = (await elastic.security.getApiKey({ id: a.id, with_limited_by: true })).api_keys;
    expect(withLimits.limited_by).toEqual([{ superuser: expect.objectContaining({ cluster: ['all'] }) }]);
  });

  it('keeps cross-cluster keys from users who only manage API keys', async () => {
    sandbox.es.model.putRole('key_manager', { cluster: ['manage_api_key'] });
    sandbox.es.model.putUser({ username: 'keys', password: 'keys-password', roles: ['key_manager'] });
    const ccs = await sandbox
      .clientFor('elastic')
      .security.createCrossClusterApiKey({ name: 'ccs', access: { search: [{ names: ['*'] }] } });
    const answer = await sandbox
      .clientFor({ username: 'keys', password: 'keys-password' })
      .security.invalidateApiKey({ ids: [ccs.id] });
    expect(answer).toMatchObject({
      invalidated_api_keys: [],
      error_count: 1,
      error_details: [{ reason: `Cannot invalidate cross-cluster API key [${ccs.id}]` }],
    });
  });
});
