import type { estypes } from '@elastic/elasticsearch';
import { reasonOf, responseErrorOf, startSandboxForTest, type SandboxUnderTest } from '../testing/sandbox_under_test';

describe('GET / and HEAD /', () => {
  let sandbox: SandboxUnderTest;
  beforeAll(async () => {
    sandbox = await startSandboxForTest({
      clusterName: 'local-prod',
      version: '9.1.4',
      clusterUuid: 'ZmFrZS11dWlkLWZvci10ZQ',
      nodeName: 'es-0',
    });
  });
  afterAll(() => sandbox.close());

  it('describes the cluster', async () => {
    const info: estypes.InfoResponse = await sandbox.clientFor('admin').info();
    expect(info).toEqual({
      name: 'es-0',
      cluster_name: 'local-prod',
      cluster_uuid: 'ZmFrZS11dWlkLWZvci10ZQ',
      version: expect.objectContaining({
        number: '9.1.4',
        build_flavor: 'default',
        build_snapshot: false,
        minimum_wire_compatibility_version: '8.19.0',
        minimum_index_compatibility_version: '8.0.0',
      }),
      tagline: 'You Know, for Search',
    });
  });

  it('answers ping', async () => {
    expect(await sandbox.clientFor('elastic').ping()).toBe(true);
  });

  it('needs monitor: a user without cluster privileges gets 403 with the exact reason', async () => {
    const error = await responseErrorOf(sandbox.clientFor('ccs_user').info());
    expect(error.statusCode).toBe(403);
    expect(error.body).toMatchObject({
      error: { type: 'security_exception', root_cause: [{ type: 'security_exception' }] },
      status: 403,
    });
    expect(reasonOf(error.body)).toBe(
      'action [cluster:monitor/main] is unauthorized for user [ccs_user] with effective roles [cross_cluster_search], ' +
        'this action is granted by the cluster privileges [monitor,manage,all]',
    );
  });
});
