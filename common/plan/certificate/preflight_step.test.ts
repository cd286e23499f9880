import { observedEck } from '../api_key/test_observations';
import { certificatePreflightStep, DEPRECATION_NOTICE } from './preflight_step';

const tls = { style: 'pem' as const, source: 'observed' as const, verificationMode: null, paths: ['certs/ca.crt'] };
const local = (over: Partial<{ version: string; licenseType: string; canManage: boolean }> = {}) => ({
  ok: true as const,
  value: {
    version: '9.1.5',
    clusterUuid: 'u',
    licenseType: 'enterprise',
    canManage: true,
    canManageSecurity: true,
    ...over,
  },
});
const remote = (version = '9.1.5', licenseType = 'enterprise') => ({
  ok: true as const,
  value: { version, licenseType },
});

describe('certificate model preflight', () => {
  it.each([
    ['two 9.1 Enterprise clusters', local(), remote(), [], 'done', true],
    ['a Basic licence: the certificate model only', local({ licenseType: 'basic' }), remote(), [], 'done', false],
    ['9.1 cannot search 8.19', local(), remote('8.19.3'), [], 'blocked', false],
    ['8.9 remote: too old for API keys, fine here', local({ version: '8.9.0' }), remote('8.9.2'), [], 'done', false],
    ['without manage', local({ canManage: false }), remote(), [], 'blocked', false],
    ['without Kubernetes permissions', local(), remote(), ['create configmaps'], 'blocked', true],
  ])('%s', (_, l, r, missing, status, qualifies) => {
    const result = certificatePreflightStep({
      local: l,
      remote: r,
      eck: observedEck(),
      missingKubernetesPermissions: missing,
      transportTls: tls,
    });
    expect(result.step.status).toBe(status);
    expect(result.apiKeyModel.qualifies).toBe(qualifies);
    expect(result.step.warnings).toContain(DEPRECATION_NOTICE);
  });

  it('names why the API key model does not qualify, for the switch', () => {
    const result = certificatePreflightStep({
      local: local({ licenseType: 'basic' }),
      remote: remote(),
      eck: observedEck(),
      missingKubernetesPermissions: [],
      transportTls: tls,
    });
    expect(result.apiKeyModel.reason).toContain('Enterprise');
  });

  it('asks how transport TLS is configured when the node APIs do not tell', () => {
    const result = certificatePreflightStep({
      local: local(),
      remote: remote(),
      eck: observedEck(),
      missingKubernetesPermissions: [],
      transportTls: { style: null, source: null, verificationMode: null, paths: [] },
    });
    expect(result.step.status).toBe('done');
    expect(result.step.warnings.join(' ')).toContain('PKCS#12 truststore');
    expect(result.step.evidence).toContainEqual(
      expect.objectContaining({ subject: 'local transport TLS', value: 'unknown' }),
    );
  });
});
