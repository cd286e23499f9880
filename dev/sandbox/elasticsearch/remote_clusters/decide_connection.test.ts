import { ESTABLISHED } from '../testing/connection_fixtures';
import { LICENSE, setUpConnectionTable, type FailureRow } from '../testing/connection_table';
import { encodedCredentials } from '../security/api_keys';
import { decideConnection } from './decide_connection';

const table = setUpConnectionTable();
const { keys, attempt, failureOf } = table;

describe('decideConnection: what connects', () => {
  it('connects an API key remote and names the key the remote authenticated', () => {
    expect(decideConnection(attempt(() => ({})))).toMatchObject({
      connected: true,
      model: 'api_key',
      apiKey: { id: keys.ccs.id },
    });
  });

  it('connects a certificate remote on the transport port when each side trusts the other', () => {
    const outcome = decideConnection(
      attempt((x) => ({
        credentials: undefined,
        ssl: x.transport([x.eckCa.certificatePem]),
        endpoint: x.endpoint('transport', [x.eckCa.certificatePem, x.localCa.certificatePem]),
      })),
    );
    expect(outcome).toMatchObject({ connected: true, model: 'certificate' });
  });

  it.each([
    ['certificate', { identityError: 'Hostname/IP does not match' }],
    ['none', { authorized: false, authorizationError: 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY' }],
  ] as const)('skips what verification_mode %s does not check', (mode, tls) => {
    const outcome = decideConnection(
      attempt((x) => ({ ssl: x.remoteClusterClient([x.eckCa.certificatePem], mode), tls: { ...ESTABLISHED, ...tls } })),
    );
    expect(outcome.connected).toBe(true);
  });
});

describe('decideConnection: failures after TLS, with the phrases Elasticsearch logs and _resolve/cluster reports', () => {
  it.each<FailureRow>([
    [
      'a remote too old for the local version',
      (x) => ({
        endpoint: {
          ...x.endpoint('remote_cluster_server'),
          elasticsearch: { ...x.remote, identity: { ...x.remote.identity, version: '8.17.2' } },
        },
      }),
      'unsupported_version',
      ['Received handshake message from unsupported version: [8.17.2] minimal compatible version is: [8.19.0]'],
      undefined,
      undefined,
    ],
    [
      'a local cluster too old for the remote',
      () => ({ local: { version: '8.17.0', license: LICENSE } }),
      'unsupported_version',
      ['Received handshake message from unsupported version: [8.17.0] minimal compatible version is: [8.19.0]'],
      undefined,
      undefined,
    ],
    [
      'no credentials on the remote cluster server port',
      (x) => ({ credentials: undefined, ssl: x.transport([x.eckCa.certificatePem]) }),
      'missing_cross_cluster_credentials',
      [
        'require transport header [_cross_cluster_access_credentials] but none found. Please ensure you have configured remote cluster credentials on the cluster originating the request.',
      ],
      undefined,
      'java.lang.IllegalArgumentException: Cross cluster requests through the dedicated remote cluster server port require transport header [_cross_cluster_access_credentials] but none found. Please ensure you have configured remote cluster credentials on the cluster originating the request.',
    ],
    [
      'a local licence below Enterprise',
      () => ({ local: { version: '9.1.5', license: { ...LICENSE, type: 'basic' } } }),
      'license_non_compliant',
      ['current license is non-compliant for [advanced-remote-cluster-security]'],
      undefined,
      'current license is non-compliant for [advanced-remote-cluster-security]',
    ],
    [
      'a remote licence below Enterprise',
      (x) => ({
        endpoint: {
          ...x.endpoint('remote_cluster_server'),
          elasticsearch: { ...x.remote, license: { ...LICENSE, type: 'platinum' } },
        },
      }),
      'license_non_compliant',
      [
        'RemoteTransportException: [logs-prod-es-default-0][logs.example.com:9443][cluster:internal/remote_cluster/handshake]',
      ],
      'current license is non-compliant for [advanced-remote-cluster-security]',
      'current license is non-compliant for [advanced-remote-cluster-security]',
    ],
    [
      'credentials that are not an API key',
      () => ({ credentials: 'bm90LWEta2V5' }),
      'api_key_invalid_value',
      ['invalid ApiKey value'],
      undefined,
      'invalid ApiKey value',
    ],
    [
      'a secret of the wrong length',
      () => ({ credentials: encodedCredentials({ id: keys.ccs.id, secret: 'short' }) }),
      'api_key_invalid_value',
      ['invalid cross-cluster API key value'],
      undefined,
      'invalid cross-cluster API key value',
    ],
    [
      'an unknown key',
      () => ({ credentials: encodedCredentials({ id: 'no-such-key-id', secret: 'x'.repeat(22) }) }),
      'api_key_unauthenticated',
      ['unable to authenticate user [no-such-key-id] for action [cluster:internal/remote_cluster/handshake]'],
      'Authentication using apikey failed - unable to find apikey with id no-such-key-id',
      'unable to authenticate user [no-such-key-id] for action [cluster:internal/remote_cluster/handshake]',
    ],
    [
      'a wrong secret',
      () => ({ credentials: encodedCredentials({ id: keys.ccs.id, secret: 'y'.repeat(22) }) }),
      'api_key_unauthenticated',
      ['unable to authenticate user [<ccs>]'],
      'Authentication using apikey failed - invalid credentials for API key [<ccs>]',
      'unable to authenticate user [<ccs>] for action [cluster:internal/remote_cluster/handshake]',
    ],
    [
      'an invalidated key',
      () => ({ credentials: encodedCredentials(keys.invalidated) }),
      'api_key_unauthenticated',
      ['unable to authenticate user [<invalidated>]'],
      'Authentication using apikey failed - api key [<invalidated>] has been invalidated',
      'unable to authenticate user [<invalidated>] for action [cluster:internal/remote_cluster/handshake]',
    ],
    [
      'an expired key',
      () => ({ credentials: encodedCredentials(keys.expired) }),
      'api_key_unauthenticated',
      ['unable to authenticate user [<expired>]'],
      'Authentication using apikey failed - api key is expired',
      'unable to authenticate user [<expired>] for action [cluster:internal/remote_cluster/handshake]',
    ],
    [
      'a REST API key',
      () => ({ credentials: encodedCredentials(keys.rest) }),
      'api_key_not_cross_cluster',
      ['authentication expected API key type of [cross_cluster], but API key [<rest>] has type [rest]'],
      undefined,
      'authentication expected API key type of [cross_cluster], but API key [<rest>] has type [rest]',
    ],
  ])('%s', table.expectFailure);

  it('checks the server before the client certificate, and TLS before anything else', () => {
    const failure = failureOf((x) => ({
      endpoint: x.endpoint('transport'),
      credentials: 'garbage',
      tls: { ...ESTABLISHED, authorized: false, authorizationError: 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY' },
    }));
    expect(failure.cause).toBe('server_not_trusted');
  });

  it('lets an unreachable remote be skipped but never a licence refusal', () => {
    expect(failureOf(() => ({ endpoint: undefined })).searchFailure).toEqual({
      status: 500,
      type: 'connect_transport_exception',
      reason: 'Unable to connect to [eck]',
    });
    expect(
      failureOf(() => ({ local: { version: '9.1.5', license: { ...LICENSE, status: 'expired' } } })).searchFailure,
    ).toMatchObject({
      status: 403,
      type: 'security_exception',
    });
  });
});
