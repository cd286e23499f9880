import type { ObservedLocalRemote, ObservedTrustedCertificate } from '../observation';
import { addCredentialsStep } from './add_credentials_step';
import { doneStep, observedEck, observedLocalRemote } from './test_observations';
import { trustCaStep } from './trust_ca_step';

const done = doneStep('x', 'Earlier');
const nodes = ['es-local-1', 'es-local-2', 'es-local-3'];
const remote = (overrides: Partial<ObservedLocalRemote> = {}) =>
  observedLocalRemote({ connected: false, hasCredentials: false, ...overrides });

describe('add the key to every keystore (manual)', () => {
  it('gives the exact command, with the key from the environment, never inline', () => {
    const result = addCredentialsStep({ alias: 'logs', nodes, localRemote: null, keyStep: done });
    expect(result.status).toBe('manual');
    expect(result.instructions?.commands).toEqual([
      `printf '%s' "$ENCODED_KEY" | bin/elasticsearch-keystore add -x cluster.remote.logs.credentials`,
    ]);
    expect(result.instructions?.pendingNodes).toEqual(nodes);
    expect(result.instructions?.runOn).toBe('every_local_node');
    expect(result.changes[0]).toMatchObject({ method: 'POST', path: '/_nodes/reload_secure_settings' });
  });

  it('is done once _remote/info shows credentials for the alias', () => {
    expect(
      addCredentialsStep({ alias: 'logs', nodes, localRemote: remote({ hasCredentials: true }), keyStep: done }).status,
    ).toBe('done');
  });

  it('waits for the key', () => {
    expect(
      addCredentialsStep({ alias: 'logs', nodes, localRemote: null, keyStep: { ...done, status: 'ready' } }).status,
    ).toBe('blocked');
  });
});

describe('trust the CA on every local node (manual)', () => {
  const ca = {
    subject: 'CN=logs-transport, OU=logs',
    issuer: 'CN=logs-transport, OU=logs',
    serialNumber: '00:0A:1B',
    validFrom: '2026-01-01T00:00:00Z',
    validTo: '2027-01-01T00:00:00Z',
    sha256Fingerprint: 'AB',
    isCa: true,
  };
  const eck = observedEck({ transportCa: { pem: '-----BEGIN CERTIFICATE-----\n...', certificates: [ca] } });
  const trusted = (node: string, serial = 'a1b'): ObservedTrustedCertificate => ({
    node,
    path: 'certs/eck-search-prod-logs-ca.crt',
    subjectDn: 'CN=logs-transport,OU=logs',
    serialNumber: serial,
    expiry: '2027-01-01T00:00:00.000Z',
  });

  it('gives the file and the elasticsearch.yml lines, and says a first change needs a rolling restart', () => {
    const result = trustCaStep({ eck, nodes, trusted: { ok: true, value: [] }, caStep: done });
    expect(result.status).toBe('manual');
    expect(result.instructions).toMatchObject({
      files: [{ path: 'config/certs/eck-search-prod-logs-ca.crt', content: '-----BEGIN CERTIFICATE-----\n...' }],
      settings: [
        'xpack.security.remote_cluster_client.ssl.enabled: true',
        'xpack.security.remote_cluster_client.ssl.certificate_authorities: [ "certs/eck-search-prod-logs-ca.crt" ]',
      ],
      pendingNodes: nodes,
    });
    expect(result.instructions?.notes.join(' ')).toMatch(/rolling restart.*same file/);
  });

  it('names the nodes that still miss the CA, matching serials however they are written', () => {
    const result = trustCaStep({
      eck,
      nodes,
      trusted: { ok: true, value: [trusted('es-local-1'), trusted('es-local-2', 'ffff')] },
      caStep: done,
    });
    expect(result.instructions?.pendingNodes).toEqual(['es-local-2', 'es-local-3']);
    expect(result.reason).toBe('Not yet trusted on: es-local-2.');
  });

  it('never claims done when the nodes could not be listed', () => {
    const result = trustCaStep({ eck, nodes: [], trusted: { ok: true, value: [trusted('es-local-1')] }, caStep: done });
    expect(result).toMatchObject({ status: 'manual', reason: expect.stringMatching(/could not be listed/) });
  });

  it('is done when every node trusts the current CA', () => {
    const all = nodes.map((node) => trusted(node));
    expect(trustCaStep({ eck, nodes, trusted: { ok: true, value: all }, caStep: done })).toMatchObject({
      status: 'done',
      warnings: [],
    });
  });

  it('names the nodes it could not check rather than claiming them', () => {
    const result = trustCaStep({ eck, nodes, trusted: { ok: true, value: [trusted('es-local-1')] }, caStep: done });
    expect(result.status).toBe('done');
    expect(result.warnings).toEqual([
      'Not checked: es-local-2, es-local-3. Elasticsearch reports trusted certificates only for the node that answers; make sure the file and the lines are on every node.',
    ]);
  });
});
