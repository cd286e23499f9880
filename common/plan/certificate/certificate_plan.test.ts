import { observedEck, service } from '../api_key/test_observations';
import type { ConnectionTarget } from '../plan_types';
import { certificatePlan } from './certificate_plan';
import type { CertificateConnectionChoices } from './certificate_observation';
import { CERTIFICATE_STEP_IDS } from './certificate_steps';
import {
  certificateObservation,
  certificateRemote,
  ECK_CA,
  ECK_CA_PEM,
  eckCaTrusted,
  LOCAL_CA,
  LOCAL_CA_PEM,
  pemTrust,
} from './test_observations';

const target: ConnectionTarget = { alias: 'logs', namespace: 'search-prod', name: 'logs', mode: 'certificate' };
const choices: CertificateConnectionChoices = {
  exposure: { type: 'LoadBalancer', port: 9300, annotations: {} },
  access: { search: [{ names: ['logs-*'] }] },
  skipUnavailable: true,
  replaceExisting: false,
  localVerificationMode: 'full',
};
const statuses = (plan: ReturnType<typeof certificatePlan>) =>
  Object.fromEntries(plan.steps.map((s) => [s.id, s.status]));

const connected = certificateObservation({
  trustedCertificates: {
    ok: true,
    value: pemTrust([
      eckCaTrusted,
      {
        node: 'es-local-2',
        path: 'certs/eck-search-prod-logs-transport-ca.crt',
        subjectDn: ECK_CA.subject,
        serialNumber: ECK_CA.serialNumber,
      },
    ]),
  },
  eck: observedEck({
    transportCa: { pem: `${ECK_CA_PEM}${LOCAL_CA_PEM}`, certificates: [ECK_CA, LOCAL_CA] },
    services: [
      service({
        name: 'logs-es-transport',
        type: 'LoadBalancer',
        ports: [{ port: 9300, targetPort: 9300 }],
        ingress: ['203.0.113.9'],
      }),
    ],
  }),
  eckTransport: { configMapName: 'logs-remote-ca', service: { type: 'LoadBalancer' } },
  localRemote: certificateRemote(),
  localRoleExists: true,
  remoteRoleExists: { ok: true, value: true },
  resolution: { ok: true, value: { connected: true } },
});

describe('the certificate plan', () => {
  it('lists the steps of the ECK page TLS tab, in order', () => {
    expect(certificatePlan(target, choices, certificateObservation()).steps.map((s) => s.id)).toEqual([
      ...CERTIFICATE_STEP_IDS,
    ]);
  });

  it('at the start: the manual trust, the ECK side waiting for the CA, the exposure ready', () => {
    expect(statuses(certificatePlan(target, choices, certificateObservation()))).toEqual({
      preflight: 'done',
      trust_eck_ca_on_local_nodes: 'manual',
      trust_local_ca_on_eck: 'blocked',
      expose_transport: 'ready',
      configure_remote: 'blocked',
      create_remote_role: 'ready',
      create_local_role: 'ready',
      verify: 'blocked',
    });
  });

  it('connected in the certificate model: every step done, no credentials expected', () => {
    const plan = certificatePlan(target, choices, connected);
    expect(statuses(plan)).toEqual(Object.fromEntries(CERTIFICATE_STEP_IDS.map((id) => [id, 'done'])));
    expect(plan.deprecated).toBe(true);
    expect(plan.localTransportTls).toMatchObject({ style: 'pem', source: 'observed', verificationMode: 'full' });
    expect(plan.roleName).toBe('remote-logs-certificate');
  });

  it('offers the API key model when both sides qualify, and says why not otherwise', () => {
    const enterprise = certificateObservation({
      local: {
        ok: true,
        value: {
          version: '9.1.5',
          clusterUuid: 'u',
          licenseType: 'enterprise',
          canManage: true,
          canManageSecurity: true,
        },
      },
      remote: { ok: true, value: { version: '9.1.5', licenseType: 'enterprise' } },
    });
    expect(certificatePlan(target, choices, enterprise).apiKeyModel.qualifies).toBe(true);
    expect(certificatePlan(target, choices, certificateObservation()).apiKeyModel).toMatchObject({
      qualifies: false,
      reason: expect.stringContaining('basic'),
    });
  });

  it('an alias already migrated to API keys is not reported as a certificate connection', () => {
    const plan = certificatePlan(target, choices, {
      ...connected,
      localRemote: certificateRemote({ hasCredentials: true }),
    });
    expect(plan.steps.find((s) => s.id === 'configure_remote')).toMatchObject({
      status: 'blocked',
      reason: expect.stringContaining('API key model'),
    });
    expect(plan.steps.find((s) => s.id === 'verify')?.status).toBe('blocked');
  });

  it('verification waits for the manual trust while the connection fails', () => {
    const plan = certificatePlan(target, choices, {
      ...connected,
      trustedCertificates: { ok: true, value: pemTrust() },
      resolution: { ok: true, value: { connected: false, error: 'handshake failed' } },
    });
    expect(plan.steps.find((s) => s.id === 'verify')?.status).toBe('waiting');
  });
});
