import { responseErrorOf, startSandboxForTest } from '../testing/sandbox_under_test';

const V8 = 'application/vnd.elasticsearch+json; compatible-with=8';

describe('_resolve/cluster across versions and on the single-node sandbox', () => {
  it.each<[string, string, number]>([
    ['8.12.2', '/_resolve/cluster/*:logs-*', 400],
    ['8.13.0', '/_resolve/cluster/*:logs-*', 200],
    ['8.17.4', '/_resolve/cluster', 400],
    ['8.18.0', '/_resolve/cluster', 200],
  ])('on %s, %s answers %s', async (version, path, status) => {
    const sandbox = await startSandboxForTest({ version });
    try {
      const request = sandbox
        .clientFor('elastic')
        .transport.request({ method: 'GET', path }, { headers: { accept: V8 } });
      if (status === 200) await expect(request).resolves.toEqual({});
      else
        expect((await responseErrorOf(request)).body).toEqual({
          error: `no handler found for uri [${path}] and method [GET]`,
        });
    } finally {
      await sandbox.close();
    }
  });

  it('reports the local cluster and what the model says of each remote', async () => {
    const sandbox = await startSandboxForTest({ indices: { 'logs-web': [{}] } });
    try {
      const admin = sandbox.clientFor('admin');
      await admin.cluster.putSettings({
        persistent: {
          cluster: {
            remote: { up: { seeds: ['10.0.0.1:9300'] }, down: { seeds: ['10.0.0.2:9300'], skip_unavailable: false } },
          },
        },
      });
      sandbox.es.model.setRemoteConnection('up', { connected: true });
      const response = await sandbox.clientFor('elastic').indices.resolveCluster({ name: 'logs-*,*:logs-*' });
      expect(response).toEqual({
        '(local)': {
          connected: true,
          skip_unavailable: false,
          matching_indices: true,
          version: expect.objectContaining({ number: '9.1.0' }),
        },
        down: { connected: false, skip_unavailable: false },
        up: { connected: true, skip_unavailable: true, matching_indices: false },
      });
    } finally {
      await sandbox.close();
    }
  });
});
