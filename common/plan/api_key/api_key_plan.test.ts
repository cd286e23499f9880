import { apiKeyPlan, type ApiKeyConnectionChoices, type ApiKeyObservation } from './api_key_plan';
import { observedEck, observedLocalRemote, rcsService } from './test_observations';

const target = { alias: 'logs', namespace: 'search-prod', name: 'logs', mode: 'api_key' as const };
const choices: ApiKeyConnectionChoices = {
  exposure: { type: 'LoadBalancer', port: 9443, annotations: {} },
  access: { search: [{ names: ['logs-*'] }] },
  skipUnavailable: true,
  replaceExisting: false,
};
const ca = {
  subject: 'CN=logs-transport, OU=logs',
  issuer: 'CN=logs-transport, OU=logs',
  serialNumber: '0A1B',
  validFrom: '2026-01-01T00:00:00Z',
  validTo: '2027-01-01T00:00:00Z',
  sha256Fingerprint: 'AB',
  isCa: true,
};
const fresh: ApiKeyObservation = {
  local: {
    ok: true,
    value: {
      version: '9.1.5',
      clusterUuid: 'local-uuid',
      licenseType: 'enterprise',
      canManage: true,
      canManageSecurity: true,
    },
  },
  localNodes: ['es-local-1', 'es-local-2'],
  localRemote: null,
  trustedCertificates: { ok: true, value: [] },
  localRoleExists: false,
  resolution: null,
  eck: observedEck({ transportCa: { pem: 'PEM', certificates: [ca] } }),
  remote: { ok: true, value: { version: '9.1.5', licenseType: 'enterprise' } },
  remoteKeys: { ok: true, value: [] },
  missingKubernetesPermissions: [],
};
const statuses = (observation: ApiKeyObservation) =>
  Object.fromEntries(apiKeyPlan(target, choices, observation).steps.map((s) => [s.id, s.status]));

describe('the API key plan, from observed state alone', () => {
  it('starts a new connection with the remote cluster server, the CA and the key', () => {
    expect(statuses(fresh)).toEqual({
      preflight: 'done',
      enable_remote_cluster_server: 'ready',
      expose_remote_cluster_server: 'blocked',
      retrieve_ca: 'done',
      create_api_key: 'ready',
      add_credentials_to_keystore: 'blocked',
      trust_ca_on_local_nodes: 'manual',
      configure_remote: 'blocked',
      create_local_role: 'blocked',
      verify: 'blocked',
    });
  });

  it('marks the local role optional in every status, and says where manual commands run', () => {
    const plan = apiKeyPlan(target, choices, fresh);
    expect(plan.steps.filter((s) => s.optional).map((s) => s.id)).toEqual(['create_local_role']);
    expect(plan.steps.find((s) => s.id === 'trust_ca_on_local_nodes')?.instructions?.runOn).toBe('every_local_node');
  });

  it('resumes where reality stands: a connected remote is done from end to end', () => {
    const connected: ApiKeyObservation = {
      ...fresh,
      eck: observedEck({
        transportCa: { pem: 'PEM', certificates: [ca] },
        remoteClusterServer: { enabled: true, service: { type: 'LoadBalancer' }, serviceFieldInCrd: true },
        services: [rcsService({ type: 'LoadBalancer', ingress: ['203.0.113.7'] })],
      }),
      remoteKeys: {
        ok: true,
        value: [
          {
            id: 'k1',
            name: 'kibana-remote-logs',
            invalidated: false,
            expiration: null,
            metadata: {
              managed_by: 'kibana-eck-remote-clusters',
              local_cluster_uuid: 'local-uuid',
              remote_cluster_alias: 'logs',
            },
          },
        ],
      },
      localRemote: observedLocalRemote(),
      trustedCertificates: {
        ok: true,
        value: ['es-local-1', 'es-local-2'].map((node) => ({
          node,
          path: 'certs/x.crt',
          subjectDn: 'CN=logs-transport, OU=logs',
          serialNumber: '0a1b',
          expiry: '2027-01-01T00:00:00Z',
        })),
      },
      localRoleExists: true,
      resolution: { ok: true, value: { connected: true } },
    };
    const plan = apiKeyPlan(target, choices, connected);
    expect(plan.steps.every((s) => s.status === 'done')).toBe(true);
    expect(plan.steps.flatMap((s) => s.changes)).toEqual([]);
  });

  it('blocks everything behind a failed preflight', () => {
    const basic = { ...fresh, remote: { ok: true as const, value: { version: '9.1.5', licenseType: 'basic' } } };
    const result = statuses(basic);
    expect(result.preflight).toBe('blocked');
    expect(result.enable_remote_cluster_server).toBe('blocked');
    expect(result.create_api_key).toBe('blocked');
  });
});
