import type { Observed, ObservedLocalCluster, ObservedRemoteCluster } from '../observation';
import { apiKeyPreflightStep, type PreflightInput } from './preflight_step';
import { observedEck } from './test_observations';

const local = (overrides: Partial<ObservedLocalCluster> = {}): Observed<ObservedLocalCluster> => ({
  ok: true,
  value: {
    version: '9.1.5',
    clusterUuid: 'uuid',
    licenseType: 'enterprise',
    canManage: true,
    canManageSecurity: true,
    ...overrides,
  },
});
const remote = (overrides: Partial<ObservedRemoteCluster> = {}): Observed<ObservedRemoteCluster> => ({
  ok: true,
  value: { version: '9.1.5', licenseType: 'enterprise', ...overrides },
});
const input = (overrides: Partial<PreflightInput> = {}): PreflightInput => ({
  local: local(),
  remote: remote(),
  eck: observedEck(),
  missingKubernetesPermissions: [],
  ...overrides,
});

describe('preflight of the API key model', () => {
  it('passes when everything qualifies', () => {
    expect(apiKeyPreflightStep(input())).toMatchObject({ status: 'done', warnings: [] });
  });

  it.each([
    ['local too old', { local: local({ version: '8.9.0' }) }, /local cluster runs 8.9/],
    ['remote too old', { remote: remote({ version: '8.9.2' }) }, /remote cluster runs 8.9/],
    ['versions incompatible', { remote: remote({ version: '8.19.3' }) }, /cannot search a remote cluster on 8.19/],
    ['local Basic licence', { local: local({ licenseType: 'basic' }) }, /local cluster's licence is basic/],
    ['remote Basic licence', { remote: remote({ licenseType: 'basic' }) }, /ECK cluster's licence is basic/],
    ['no manage privilege', { local: local({ canManage: false }) }, /lacks the cluster privilege manage/],
    [
      'operator without the remote cluster server',
      { eck: observedEck({ operatorVersion: '2.14.0' }) },
      /upgrade ECK to 2.16/,
    ],
    ['invalid resource', { eck: observedEck({ phase: 'Invalid' }) }, /as Invalid/],
    [
      'missing Kubernetes permissions',
      { missingKubernetesPermissions: ['patch elasticsearches'] },
      /patch elasticsearches/,
    ],
    [
      'local cluster unreadable',
      { local: { ok: false, error: 'connect ECONNREFUSED' } as const },
      /could not be read: connect ECONNREFUSED/,
    ],
  ])('blocks: %s', (_case, overrides, reason) => {
    const result = apiKeyPreflightStep(input(overrides as Partial<PreflightInput>));
    expect(result.status).toBe('blocked');
    expect(result.reason).toMatch(reason);
  });

  it('warns about the beta before 8.14', () => {
    const result = apiKeyPreflightStep(
      input({ local: local({ version: '8.19.0' }), remote: remote({ version: '8.13.4' }) }),
    );
    expect(result.status).toBe('blocked'); // 8.19 → 8.13 is not a supported search configuration
    const beta = apiKeyPreflightStep(
      input({ local: local({ version: '8.12.0' }), remote: remote({ version: '8.12.2' }) }),
    );
    expect(beta.status).toBe('done');
    expect(beta.warnings).toHaveLength(2);
    expect(beta.warnings[0]).toMatch(/beta before 8.14/);
  });

  it('goes on when the remote licence cannot be read yet, saying so, with the version from ECK', () => {
    const result = apiKeyPreflightStep(input({ remote: { ok: false, error: 'port-forward refused' } }));
    expect(result.status).toBe('done');
    expect(result.warnings).toEqual(["The ECK cluster's licence could not be checked yet: port-forward refused"]);
    expect(result.evidence[0]).toEqual({ subject: 'remote version', value: '9.1.5', source: 'kubernetes' });
  });
});
