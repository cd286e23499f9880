import type { ObservedTrustedCertificate } from '../observation';
import { apiKeyPlan, type ApiKeyConnectionChoices, type ApiKeyObservation } from './api_key_plan';
import { ECK_CA } from '../certificate/test_observations';
import { observedEck, observedLocalRemote, rcsService } from './test_observations';

const LB_9443 = { type: 'LoadBalancer' as const, port: 9443, annotations: {} };

const target = { alias: 'logs', namespace: 'search-prod', name: 'logs', mode: 'api_key' as const };
// Migrating keeps the alias: replacing it is confirmed, as for any existing remote.
const access = { search: [{ names: ['logs-*'] }] };
const choices: ApiKeyConnectionChoices = { exposure: LB_9443, access, skipUnavailable: true, replaceExisting: true };
const ca = { ...ECK_CA, serialNumber: '0A1B' };
const trustedAt = (path: string): ObservedTrustedCertificate => ({
  node: 'es-local-1',
  path,
  subjectDn: ca.subject,
  serialNumber: ca.serialNumber,
  expiry: ca.validTo,
});
const key = {
  id: 'k1',
  name: 'kibana-remote-logs',
  invalidated: false,
  expiration: null,
  metadata: {
    managed_by: 'kibana-eck-remote-clusters',
    local_cluster_uuid: 'local-uuid',
    remote_cluster_alias: 'logs',
  },
};
/** `logs` connected in the certificate model; the ECK side of the API key model ready, the key created. */
const certificateModel: ApiKeyObservation = {
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
  localNodes: ['es-local-1'],
  localRemote: observedLocalRemote({ proxyAddress: '203.0.113.9:9300', serverName: null, hasCredentials: false }),
  // The transport layer trusts the ECK CA already: that is not the remote cluster client trusting it.
  trustedCertificates: { ok: true, value: [trustedAt('certs/eck-search-prod-logs-transport-ca.crt')] },
  localRoleExists: false,
  resolution: { ok: true, value: { connected: true } },
  eck: observedEck({
    transportCa: { pem: 'PEM', certificates: [ca] },
    remoteClusterServer: { enabled: true, service: { type: 'LoadBalancer' }, serviceFieldInCrd: true },
    services: [rcsService({ type: 'LoadBalancer', ingress: ['203.0.113.7'] })],
  }),
  remote: { ok: true, value: { version: '9.1.5', licenseType: 'enterprise' } },
  remoteKeys: { ok: true, value: [key] },
  missingKubernetesPermissions: [],
};
const trusted: ApiKeyObservation = {
  ...certificateModel,
  trustedCertificates: {
    ok: true,
    value: [trustedAt('certs/eck-search-prod-logs-transport-ca.crt'), trustedAt('certs/eck-search-prod-logs-ca.crt')],
  },
};
const stepOf = (observation: ApiKeyObservation, id: string) =>
  apiKeyPlan(target, choices, observation).steps.find((s) => s.id === id)!;

describe('migrating a certificate-model alias to the API key model, same alias', () => {
  it('first the CA on the nodes (a restart), counting only the remote cluster client file', () => {
    expect(stepOf(certificateModel, 'trust_ca_on_local_nodes').status).toBe('manual');
    expect(stepOf(certificateModel, 'add_credentials_to_keystore')).toMatchObject({
      status: 'blocked',
      reason: expect.stringContaining('its restart would load a key'),
    });
    expect(stepOf(certificateModel, 'configure_remote').status).toBe('blocked');
  });

  it('then the key into the keystores, without a reload', () => {
    const credentials = stepOf(trusted, 'add_credentials_to_keystore');
    expect(credentials.status).toBe('manual');
    expect(credentials.changes).toEqual([]);
    expect(credentials.instructions!.notes.join(' ')).toContain('do not reload secure settings and do not restart');
  });

  it('last, the reload and the address switch in one apply, reload first, the window explained', () => {
    const configure = stepOf(trusted, 'configure_remote');
    expect(configure.status).toBe('ready');
    expect(
      configure.changes.map((c) => (c.kind === 'elasticsearch_request' ? `${c.method} ${c.path}` : c.kind)),
    ).toEqual(['POST /_nodes/reload_secure_settings', 'PUT /_cluster/settings']);
    expect(configure.changes[1]).toMatchObject({
      body: {
        persistent: {
          cluster: {
            remote: {
              logs: { proxy_address: '203.0.113.7:9443', server_name: 'logs-es-remote-cluster.search-prod.svc' },
            },
          },
        },
      },
    });
    expect(configure.warnings.join(' ')).toContain('back to back');
  });

  it('once the key is loaded, the usual order again (a half-done switch is finished by the settings alone)', () => {
    const loaded = { ...trusted, localRemote: { ...trusted.localRemote!, hasCredentials: true } };
    expect(stepOf(loaded, 'add_credentials_to_keystore').status).toBe('done');
    expect(stepOf(loaded, 'configure_remote').changes.map((c) => c.kind === 'elasticsearch_request' && c.path)).toEqual(
      ['/_cluster/settings'],
    );
  });

  it('still asks before replacing the alias', () => {
    const plan = apiKeyPlan(target, { ...choices, replaceExisting: false }, trusted);
    expect(plan.steps.find((s) => s.id === 'configure_remote')?.status).toBe('blocked');
  });
});
