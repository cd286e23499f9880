import { reasonOf, responseErrorOf, startSandboxForTest } from '../testing/sandbox_under_test';

describe('GET /_license', () => {
  it.each([
    ['basic', { type: 'basic', status: 'active', issuer: 'elasticsearch', max_nodes: 1000, max_resource_units: null }],
    ['trial', { type: 'trial', status: 'active', issuer: 'elasticsearch', expiry_date_in_millis: expect.any(Number) }],
    ['enterprise', { type: 'enterprise', status: 'active', max_nodes: null, max_resource_units: 10 }],
  ] as const)('reports a %s licence', async (licenseType, expected) => {
    const sandbox = await startSandboxForTest({ clusterName: 'local', licenseType });
    try {
      const { license } = await sandbox.clientFor('elastic').license.get();
      expect(license).toMatchObject({ ...expected, issued_to: 'local', uid: expect.any(String) });
      if (licenseType === 'basic') expect(license).not.toHaveProperty('expiry_date');
    } finally {
      await sandbox.close();
    }
  });

  it('follows licence changes in the model, such as an expiry', async () => {
    const sandbox = await startSandboxForTest({ licenseType: 'platinum' });
    try {
      sandbox.es.model.setLicense('platinum', 'expired');
      expect((await sandbox.clientFor('admin').license.get()).license).toMatchObject({
        type: 'platinum',
        status: 'expired',
      });
    } finally {
      await sandbox.close();
    }
  });

  it('needs monitor', async () => {
    const sandbox = await startSandboxForTest();
    try {
      const error = await responseErrorOf(sandbox.clientFor('nobody').license.get());
      expect(error.statusCode).toBe(403);
      expect(reasonOf(error.body)).toBe(
        'action [cluster:monitor/xpack/license/get] is unauthorized for user [nobody] with effective roles [], ' +
          'this action is granted by the cluster privileges [monitor,manage,all]',
      );
    } finally {
      await sandbox.close();
    }
  });
});
