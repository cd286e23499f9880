import { httpCertificateRequest, transportCaSubject, transportCertificateRequest } from './certificate_requests';
import { elasticsearchFixture } from './testing_fixtures';

const POD = { name: 'quickstart-es-default-0', statefulSet: 'quickstart-es-default', ip: '127.40.0.7' };
const BASE_DNS = [
  'quickstart-es-default-0.node.quickstart.prod.es.local',
  'quickstart-es-transport.prod.svc',
  'quickstart-es-default-0.quickstart-es-default',
];
const RCS_DNS = ['quickstart-es-remote-cluster.prod.svc', 'quickstart-es-default-0.quickstart-es-default.prod.svc'];

describe('transportCertificateRequest', () => {
  it.each([
    // [remote cluster server, subjectAltNames, DNS names, IPs]
    [false, undefined, BASE_DNS, ['127.40.0.7', '127.0.0.1']],
    [true, undefined, [...BASE_DNS, ...RCS_DNS], ['127.40.0.7', '127.0.0.1']],
    [
      false,
      [{ dns: 'rcs.example.com' }, { ip: '203.0.113.9' }],
      [...BASE_DNS, 'rcs.example.com'],
      ['127.40.0.7', '127.0.0.1', '203.0.113.9'],
    ],
    [
      true,
      [{ dns: 'rcs.example.com' }, { ip: '127.0.0.1' }],
      [...BASE_DNS, ...RCS_DNS, 'rcs.example.com'],
      ['127.40.0.7', '127.0.0.1'],
    ],
  ])('remote cluster server %s, subjectAltNames %j', (remoteClusterServer, subjectAltNames, dns, ip) => {
    const es = elasticsearchFixture({ transport: { tls: { subjectAltNames } } });
    expect(transportCertificateRequest(es, POD, remoteClusterServer)).toEqual({
      subject: 'OU=quickstart, CN=quickstart-es-default-0.node.quickstart.prod.es.local',
      names: {
        otherNames: [{ typeId: '2.5.4.3', value: 'quickstart-es-default-0.node.quickstart.prod.es.local' }],
        dns,
        ip,
      },
    });
  });

  it('names the transport CA as ECK does', () => {
    expect(transportCaSubject(elasticsearchFixture())).toBe('OU=quickstart, CN=quickstart-transport');
  });
});

describe('httpCertificateRequest', () => {
  it('covers the HTTP Service names, loopback and the listen address', () => {
    const request = httpCertificateRequest(elasticsearchFixture(), '127.0.0.1');
    expect(request.names.dns).toEqual(
      expect.arrayContaining([
        'quickstart-es-http.prod.svc',
        'quickstart-es-http',
        'quickstart-es-internal-http.prod.svc',
      ]),
    );
    expect(request.names.ip).toEqual(['127.0.0.1']);
  });
});
