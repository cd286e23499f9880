import { reasonOf, responseErrorOf, startSandboxForTest, type SandboxUnderTest } from '../testing/sandbox_under_test';

describe('_search on the local cluster', () => {
  let sandbox: SandboxUnderTest;
  beforeAll(async () => {
    sandbox = await startSandboxForTest({
      indices: { 'logs-web': [{ n: 1 }, { n: 2 }, { n: 3 }], 'logs-db': [{ n: 4 }], secrets: [{ n: 5 }] },
    });
  });
  afterAll(() => sandbox.close());

  it('expands wildcards to the indices the caller may read, one shard each', async () => {
    const result = await sandbox.clientFor('ccs_user').search({ index: 'logs-*,secrets*' });
    expect(result).toMatchObject({
      timed_out: false,
      _shards: { total: 2, successful: 2, skipped: 0, failed: 0 },
      hits: { total: { value: 4, relation: 'eq' }, max_score: 1 },
    });
    expect(result.hits.hits.map((hit) => hit._index)).toEqual(['logs-db', 'logs-web', 'logs-web', 'logs-web']);
    expect(result).not.toHaveProperty('_clusters');
  });

  it('pages with from and size, in the query string or the body', async () => {
    const client = sandbox.clientFor('elastic');
    expect((await client.search({ index: 'logs-web', size: 0 })).hits).toEqual({
      total: { value: 3, relation: 'eq' },
      max_score: null,
      hits: [],
    });
    expect((await client.search({ index: 'logs-web', from: 1, size: 1 })).hits.hits.map((hit) => hit._source)).toEqual([
      { n: 2 },
    ]);
  });

  it('refuses a named index the caller may not read', async () => {
    const error = await responseErrorOf(sandbox.clientFor('ccs_user').search({ index: 'secrets' }));
    expect(error.statusCode).toBe(403);
    expect(reasonOf(error.body)).toBe(
      'action [indices:data/read/search] is unauthorized for user [ccs_user] with effective roles [cross_cluster_search] ' +
        'on indices [secrets], this action is granted by the index privileges [read,all]',
    );
  });

  it('answers a named index that does not exist with 404', async () => {
    const error = await responseErrorOf(sandbox.clientFor('elastic').search({ index: 'nope' }));
    expect(error.statusCode).toBe(404);
    expect(error.body).toMatchObject({
      error: { type: 'index_not_found_exception', reason: 'no such index [nope]', index: 'nope' },
    });
  });

  it('reports a remote the single-node sandbox marks as down: skipped, as skip_unavailable defaults to true', async () => {
    await sandbox
      .clientFor('admin')
      .cluster.putSettings({ persistent: { 'cluster.remote.eck.seeds': ['10.0.0.1:9300'] } });
    const result = await sandbox.clientFor('ccs_user').search({ index: 'eck:logs-*' });
    expect(result._clusters).toMatchObject({ total: 1, successful: 0, skipped: 1 });
  });
});
