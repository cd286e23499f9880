import { desiredServices } from './desired_services';
import type { ElasticsearchSpec } from './elasticsearch_resource';
import { operatorCapabilities } from './operator_capabilities';
import { elasticsearchFixture } from './testing_fixtures';

const LB = { spec: { type: 'LoadBalancer' } };
const SELECTOR = {
  'elasticsearch.k8s.elastic.co/cluster-name': 'quickstart',
  'common.k8s.elastic.co/type': 'elasticsearch',
};

function servicesFor(spec: Partial<ElasticsearchSpec>, operatorVersion: string) {
  const result = desiredServices(elasticsearchFixture(spec), operatorCapabilities(operatorVersion));
  const byName = Object.fromEntries(result.apply.map((service) => [service.metadata.name, service]));
  return { names: Object.keys(byName), byName, remove: result.remove };
}

describe('desiredServices', () => {
  it.each([
    // [remote cluster server, operator, RCS Service expected, its type, headless]
    [undefined, '3.3.0', false, undefined, undefined],
    [{ enabled: false }, '3.3.0', false, undefined, undefined],
    [{ enabled: true }, '2.15.0', false, undefined, undefined],
    [{ enabled: true }, '2.16.0', true, 'ClusterIP', true],
    [{ enabled: true }, '3.3.0', true, 'ClusterIP', true],
    [{ enabled: true, service: LB }, '3.2.0', true, 'ClusterIP', true],
    [{ enabled: true, service: LB }, '3.3.0', true, 'LoadBalancer', false],
    [{ enabled: false, service: LB }, '3.3.0', false, undefined, undefined],
  ])('remoteClusterServer %j on operator %s', (remoteClusterServer, operator, exists, type, headless) => {
    const { names, byName, remove } = servicesFor({ remoteClusterServer }, operator);
    expect(names.includes('quickstart-es-remote-cluster')).toBe(exists);
    expect(remove).toEqual(exists ? [] : ['quickstart-es-remote-cluster']);
    if (!exists) return;
    const spec = byName['quickstart-es-remote-cluster'].spec as Record<string, unknown>;
    expect(spec).toMatchObject({
      type,
      publishNotReadyAddresses: true,
      selector: SELECTOR,
      ports: [{ name: 'rcs', protocol: 'TCP', port: 9443, targetPort: 9443 }],
    });
    expect(spec.clusterIP === 'None').toBe(headless);
  });

  it('applies the remote cluster Service template on 3.3+: type, ports, annotations and labels', () => {
    const { byName } = servicesFor(
      {
        remoteClusterServer: {
          enabled: true,
          service: {
            metadata: {
              annotations: { 'service.beta.kubernetes.io/aws-load-balancer-type': 'nlb' },
              labels: { team: 'a' },
            },
            spec: { type: 'LoadBalancer', ports: [{ name: 'rcs', port: 443, targetPort: 9443 }] },
          },
        },
      },
      '3.3.1',
    );
    expect(byName['quickstart-es-remote-cluster']).toMatchObject({
      metadata: {
        labels: { ...SELECTOR, team: 'a' },
        annotations: { 'service.beta.kubernetes.io/aws-load-balancer-type': 'nlb' },
        ownerReferences: [{ kind: 'Elasticsearch', name: 'quickstart', uid: 'uid-1', controller: true }],
      },
      spec: { type: 'LoadBalancer', ports: [{ name: 'rcs', port: 443, targetPort: 9443 }] },
    });
  });

  it('defaults targetPort to the port, as the API server does (the documentation warns about it)', () => {
    const { byName } = servicesFor(
      { remoteClusterServer: { enabled: true, service: { spec: { type: 'LoadBalancer', ports: [{ port: 443 }] } } } },
      '3.3.0',
    );
    expect((byName['quickstart-es-remote-cluster'].spec as { ports: unknown[] }).ports).toEqual([
      { port: 443, targetPort: 443 },
    ]);
  });

  it.each([
    [undefined, 'ClusterIP', true],
    [{ spec: { type: 'LoadBalancer' } }, 'LoadBalancer', false],
    [{ spec: { type: 'NodePort' } }, 'NodePort', false],
  ])('transport service template %j gives type %s, headless %s', (service, type, headless) => {
    const { byName } = servicesFor({ transport: { service } }, '3.3.0');
    const spec = byName['quickstart-es-transport'].spec as Record<string, unknown>;
    expect(spec).toMatchObject({
      type,
      publishNotReadyAddresses: true,
      ports: [{ name: 'tls-transport', protocol: 'TCP', port: 9300, targetPort: 9300 }],
    });
    expect(spec.clusterIP === 'None').toBe(headless);
  });

  it('always reconciles the HTTP Services, port name https, not headless', () => {
    const { names, byName } = servicesFor({}, '3.3.0');
    expect(names).toEqual(['quickstart-es-http', 'quickstart-es-internal-http', 'quickstart-es-transport']);
    for (const name of ['quickstart-es-http', 'quickstart-es-internal-http']) {
      expect(byName[name].spec).toEqual(
        expect.objectContaining({
          type: 'ClusterIP',
          ports: [{ name: 'https', protocol: 'TCP', port: 9200, targetPort: 9200 }],
        }),
      );
      expect((byName[name].spec as Record<string, unknown>).clusterIP).toBeUndefined();
    }
  });
});
