import { elasticUserSecret, httpSecrets, secretValue, transportSecrets } from './desired_secrets';
import { additionalTrustedCas } from './transport_trust';
import { elasticsearchFixture } from './testing_fixtures';

const pems = (name: string) => ({ certificatePem: `CERT ${name}\n`, privateKeyPem: `KEY ${name}\n` });
const es = elasticsearchFixture();
const ALL = [
  elasticUserSecret(es, 's3cr3t'),
  ...httpSecrets(es, pems('http-ca'), pems('http')),
  ...transportSecrets(es, {
    ca: pems('transport-ca'),
    additionalCasPem: 'CERT local-ca\n',
    podCertificates: { 'quickstart-es-default': { 'quickstart-es-default-0': pems('pod-0') } },
  }),
];

describe('the Secrets ECK keeps for a cluster', () => {
  const secrets = Object.fromEntries(ALL.map((secret) => [secret.metadata.name, secret]));
  const value = (name: string, key: string) => secretValue(secrets[name], key);

  it.each([
    ['quickstart-es-elastic-user', 'elastic', 's3cr3t'],
    ['quickstart-es-transport-certs-public', 'ca.crt', 'CERT transport-ca\nCERT local-ca\n'],
    ['quickstart-es-transport-ca-internal', 'ca.key', 'KEY transport-ca\n'],
    ['quickstart-es-http-certs-public', 'tls.crt', 'CERT http\nCERT http-ca\n'],
    ['quickstart-es-http-certs-public', 'ca.crt', 'CERT http-ca\n'],
    ['quickstart-es-default-es-transport-certs', 'quickstart-es-default-0.tls.crt', 'CERT pod-0\nCERT transport-ca\n'],
  ])('%s holds %s', (name, key, expected) => {
    expect(value(name, key)).toBe(expected);
  });

  it('stores values in base64, as the API server does', () => {
    expect((secrets['quickstart-es-elastic-user'].data as Record<string, string>).elastic).toBe('czNjcjN0');
  });

  it.each([
    ['quickstart-es-elastic-user', false],
    ['quickstart-es-transport-certs-public', false],
    ['quickstart-es-http-certs-public', true],
    ['quickstart-es-transport-ca-internal', true],
  ])('%s has an ownerReference: %s', (name, owned) => {
    expect(secrets[name].metadata.ownerReferences !== undefined).toBe(owned);
  });

  it('labels every Secret with the cluster', () => {
    for (const secret of Object.values(secrets)) {
      expect(secret.metadata.labels).toEqual({
        'elasticsearch.k8s.elastic.co/cluster-name': 'quickstart',
        'common.k8s.elastic.co/type': 'elasticsearch',
      });
    }
  });
});

describe('additionalTrustedCas', () => {
  const withConfigMap = elasticsearchFixture({
    transport: { tls: { certificateAuthorities: { configMapName: 'remote-certs' } } },
  });
  const configMap = (data?: Record<string, string>) => ({
    metadata: { name: 'remote-certs', namespace: 'prod' },
    data,
  });

  it.each([
    [elasticsearchFixture(), undefined, { ok: true, pem: '' }],
    [withConfigMap, configMap({ 'ca.crt': 'CERT local-ca\n' }), { ok: true, pem: 'CERT local-ca\n' }],
    [
      withConfigMap,
      undefined,
      {
        ok: false,
        message:
          'could not retrieve config map prod/remote-certs specified in spec.transport.tls.certificateAuthorities: configmaps "remote-certs" not found',
      },
    ],
    [
      withConfigMap,
      configMap({ 'tls.crt': 'x' }),
      {
        ok: false,
        message:
          'config map prod/remote-certs specified in spec.transport.tls.certificateAuthorities must contain ca.crt file',
      },
    ],
  ])('case %#', (resource, found, expected) => {
    expect(additionalTrustedCas(resource, found)).toEqual(expected);
  });
});
