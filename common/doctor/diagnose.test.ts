import { DOCTOR_CATALOGUE, DOCTOR_FAILURE_IDS, type DoctorFailureId } from './doctor_catalogue';
import type { DoctorObservation } from './doctor_observation';
import { diagnose } from './diagnose';
import { HOP_IDS } from './hop_types';
import {
  ECK_CA,
  healthyEckResource,
  healthyObservation,
  notConnected,
  SERVER_NAME,
  withEckResource,
  withLocalRemote,
} from './test_doctor_observations';

const healthy = healthyObservation;
const UNAUTHENTICATED = 'unable to authenticate user [key-1] for action [cluster:internal/remote_cluster/handshake]';
const establishedTls = (change: object): DoctorObservation['tls'] => {
  const tls = healthy().tls!;
  return {
    ...tls,
    result: { ...(tls.result as object), ...change } as NonNullable<DoctorObservation['tls']>['result'],
  };
};
const withKey = (change: object): DoctorObservation => {
  const observation = notConnected(healthy(), UNAUTHENTICATED);
  const remote = observation.remote as Extract<DoctorObservation['remote'], { ok: true }>;
  return {
    ...observation,
    remote: { ok: true, value: { ...remote.value, apiKeys: [{ ...remote.value.apiKeys[0], ...change }] } },
  };
};
const unauthorizedOn = (index: string) =>
  `action [indices:data/read/search] towards remote cluster is unauthorized for user [ccs] with assigned roles [ccs] authenticated by API key id [key-1] of user [elastic] on indices [${index}], this action is granted by the index privileges [read,all]`;
const withPrivilegeError = (error: string): DoctorObservation => ({
  ...healthy(),
  privileges: { ok: true, value: { pattern: 'logs:*', resolveError: error, searchError: null } },
});
const requested = (observation: DoctorObservation): DoctorObservation => ({
  ...observation,
  eck: { ...observation.eck!, identifiedBy: 'request' },
});

/** One observation per catalogue entry, each the healthy connection broken in exactly that way. */
const CASES: Record<DoctorFailureId, () => DoctorObservation> = {
  kubernetes_unavailable: () => ({
    ...healthy(),
    kubernetes: { ok: false, error: 'The Kubernetes API server cannot be reached' },
    eck: { ...healthy().eck!, resource: { ok: false, error: 'The Kubernetes API server cannot be reached' } },
  }),
  eck_cluster_not_found: () => ({ ...healthy(), eck: { ...healthy().eck!, resource: { ok: true, value: null } } }),
  eck_cluster_not_ready: () => withEckResource(healthy(), { phase: 'ApplyingChanges', health: 'yellow' }),
  eck_changes_not_observed: () => withEckResource(healthy(), { generation: 4 }),
  remote_cluster_server_disabled: () =>
    withEckResource(healthy(), {
      remoteClusterServerEnabled: false,
      services: healthyEckResource().services.filter((s) => s.name !== 'logs-prod-es-remote-cluster'),
    }),
  remote_cluster_service_missing: () =>
    withEckResource(healthy(), { services: healthyEckResource().services.slice(1) }),
  exposure_address_missing: () =>
    notConnected(
      withEckResource(healthy(), {
        services: healthyEckResource().services.map((s) => ({ ...s, type: 'ClusterIP', ingress: [] })),
      }),
    ),
  proxy_address_not_this_cluster: () =>
    requested(withLocalRemote(healthy(), { proxyAddress: '10.9.9.9:9443', serverName: 'other.example.com' })),
  sniff_mode_with_eck: () =>
    withLocalRemote(healthy(), { mode: 'sniff', proxyAddress: null, seeds: ['logs-prod-es-transport:9300'] }),
  proxy_address_unreachable: () =>
    notConnected({ ...healthy(), tcp: { address: '10.0.0.5:9443', error: 'ECONNREFUSED', elapsedMs: 1 } }),
  tls_not_signed_by_eck_ca: () =>
    notConnected({
      ...healthy(),
      tls: establishedTls({ signedByEckCa: false, chainError: 'UNABLE_TO_VERIFY_LEAF_SIGNATURE' }),
    }),
  tls_server_name_mismatch: () =>
    notConnected({
      ...withLocalRemote(healthy(), { serverName: null }),
      tls: { ...establishedTls({ nameError: "IP: 10.0.0.5 is not in the cert's list" })!, serverName: '10.0.0.5' },
    }),
  tls_certificate_expired: () =>
    notConnected({ ...healthy(), tls: establishedTls({ signedByEckCa: false, chainError: 'CERT_HAS_EXPIRED' }) }),
  local_ca_not_trusted: () => notConnected({ ...healthy(), trustedCertificates: { ok: true, value: [] } }),
  local_ca_out_of_date: () =>
    notConnected({
      ...healthy(),
      trustedCertificates: {
        ok: true,
        value: [
          {
            node: 'es-local-1',
            path: 'certs/eck.crt',
            subjectDn: ECK_CA.subject,
            serialNumber: '99',
            expiry: ECK_CA.validTo,
          },
        ],
      },
    }),
  transport_port_with_credentials: () =>
    notConnected({
      ...withLocalRemote(healthy(), { proxyAddress: '10.0.0.5:9300' }),
      tls: { serverName: SERVER_NAME, result: { kind: 'alert', code: 'ERR_SSL_SSLV3_ALERT_BAD_CERTIFICATE' } },
    }),
  remote_cluster_port_without_credentials: () => notConnected(withLocalRemote(healthy(), { hasCredentials: false })),
  credentials_missing: () => notConnected(withLocalRemote(healthy(), { hasCredentials: false })),
  api_key_unauthenticated: () => withKey({ id: 'another-key' }),
  api_key_invalidated: () => withKey({ invalidated: true }),
  api_key_expired: () => withKey({ expiration: '2026-11-01T00:00:00.000Z' }),
  api_key_not_cross_cluster: () =>
    notConnected(
      healthy(),
      'authentication expected API key type of [cross_cluster], but API key [key-1] has type [rest]',
    ),
  alias_not_configured: () => ({
    ...healthy(),
    localRemote: { ok: true, value: null },
    resolution: null,
    tcp: null,
    tls: null,
  }),
  not_connected: () => notConnected(healthy()),
  resolve_timed_out: () =>
    notConnected(healthy(), 'Request timed out before receiving a response from the remote cluster'),
  versions_not_compatible: () => ({
    ...withEckResource(healthy(), { version: '8.19.3' }),
    resolution: { ok: true, value: { connected: true, version: '8.19.3' } },
  }),
  licence_not_enterprise: () =>
    notConnected(healthy(), 'current license is non-compliant for [advanced-remote-cluster-security]'),
  no_remote_indices: () =>
    withPrivilegeError(
      'action [indices:admin/resolve/cluster] towards remote cluster [logs] is unauthorized for user [admin] with effective roles [admin] because no remote indices privileges apply for the target cluster',
    ),
  key_access_too_narrow: () => withPrivilegeError(unauthorizedOn('metrics-1')),
  role_too_narrow: () => withPrivilegeError(unauthorizedOn('logs-web')),
};

describe('diagnose', () => {
  it('finds every hop of a healthy connection ok, in the documented order', () => {
    const diagnosis = diagnose(healthy());
    expect(diagnosis.hops.map((h) => [h.id, h.status])).toEqual(HOP_IDS.map((id) => [id, 'ok']));
    expect(diagnosis.eck).toEqual({ namespace: 'search-prod', name: 'logs-prod', identifiedBy: 'server_name' });
  });

  it('has a case for every catalogue entry', () => {
    expect(Object.keys(CASES).sort()).toEqual([...DOCTOR_FAILURE_IDS].sort());
  });

  it.each(DOCTOR_FAILURE_IDS)('names %s at its hop, with cause and fix', (id) => {
    const hop = diagnose(CASES[id]()).hops.find((h) => h.id === DOCTOR_CATALOGUE[id].hop)!;
    expect(hop.status).toBe('failed');
    expect(hop.failures.map((f) => f.id)).toContain(id);
    expect(hop.failures.find((f) => f.id === id)).toEqual({
      id,
      cause: DOCTOR_CATALOGUE[id].cause,
      fix: DOCTOR_CATALOGUE[id].fix,
      docReference: DOCTOR_CATALOGUE[id].docReference,
    });
    expect(hop.reason).not.toBe('');
  });

  it.each(DOCTOR_FAILURE_IDS)('names %s only where it belongs', (id) => {
    const elsewhere = diagnose(CASES[id]())
      .hops.filter((h) => h.id !== DOCTOR_CATALOGUE[id].hop)
      .flatMap((h) => h.failures.map((f) => f.id));
    expect(elsewhere).not.toContain(id);
  });

  it('evaluates every hop: failures early in the path do not hide later ones', () => {
    const observation = notConnected(
      {
        ...withEckResource(healthy(), { phase: 'ApplyingChanges' }),
        trustedCertificates: { ok: true, value: [] },
      },
      'authentication expected API key type of [cross_cluster], but API key [key-1] has type [rest]',
    );
    const failedHops = diagnose(observation)
      .hops.filter((h) => h.status === 'failed')
      .map((h) => h.id);
    expect(failedHops).toEqual(['eck_resource', 'local_trust', 'api_key', 'connected']);
  });

  it('diagnoses a remote that is not ECK: the Kubernetes hops are unknown, with the reason', () => {
    const diagnosis = diagnose({
      ...healthy(),
      eck: null,
      kubernetes: { ok: false, error: 'not configured' },
      tls: establishedTls({ signedByEckCa: null }),
    });
    const [kubernetes, resource, server, exposure] = diagnosis.hops;
    for (const hop of [kubernetes, resource, server, exposure]) {
      expect(hop).toMatchObject({ status: 'unknown', reason: expect.stringContaining('Not an ECK remote') });
    }
    expect(diagnosis.hops.find((h) => h.id === 'local_trust')?.status).toBe('unknown');
    expect(diagnosis.hops.find((h) => h.id === 'connected')?.status).toBe('ok');
    expect(diagnosis.hops.find((h) => h.id === 'tls')).toMatchObject({
      status: 'ok',
      reason: expect.stringContaining('there is no ECK CA'),
    });
  });

  it('says what it could not read instead of guessing', () => {
    const diagnosis = diagnose({
      ...healthy(),
      trustedCertificates: { ok: false, error: 'Elasticsearch refused (403)' },
      remote: { ok: false, error: 'no ready pod' },
      resolution: { ok: false, error: 'Elasticsearch did not answer in time' },
    });
    const status = Object.fromEntries(diagnosis.hops.map((h) => [h.id, h.status]));
    expect(status).toMatchObject({ local_trust: 'unknown', connected: 'unknown', privileges: 'unknown' });
    expect(diagnosis.hops.find((h) => h.id === 'local_trust')?.reason).toContain('403');
  });

  it('names the nodes whose trust and credentials it could not check', () => {
    const trust = diagnose(healthy()).hops.find((h) => h.id === 'local_trust')!;
    expect(trust.reason).toContain('Not checked: es-local-2');
  });

  it('accepts the certificate model on the transport port without credentials or a remote cluster server', () => {
    const observation = {
      ...withEckResource(withLocalRemote(healthy(), { hasCredentials: false, proxyAddress: '10.0.0.5:9300' }), {
        remoteClusterServerEnabled: false,
        services: [{ ...healthyEckResource().services[1], type: 'LoadBalancer', ingress: ['10.0.0.5'] }],
      }),
    };
    const status = Object.fromEntries(diagnose(observation).hops.map((h) => [h.id, h.status]));
    expect(status).toMatchObject({
      remote_cluster_server: 'unknown',
      port: 'ok',
      credentials: 'ok',
      api_key: 'unknown',
    });
  });
});
