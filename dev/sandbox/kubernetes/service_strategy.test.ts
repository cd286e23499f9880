import {
  allocationsOf,
  defaultServiceStatus,
  NODE_PORT_RANGE,
  prepareServiceForCreate,
  prepareServiceForUpdate,
  validateService,
  type ServiceObject,
} from './service_strategy';

const none = () => allocationsOf([]);

describe('the Service strategy', () => {
  it('never hands out a ClusterIP or NodePort that is taken', () => {
    const taken = allocationsOf([{ spec: { clusterIP: '10.96.0.10', ports: [{ port: 80, nodePort: 30001 }] } }]);
    for (let i = 0; i < 200; i++) {
      const { service } = prepareServiceForCreate<ServiceObject>(
        { spec: { type: 'NodePort', ports: [{ port: 9443 }] } },
        taken,
      );
      const nodePort = service.spec!.ports![0].nodePort!;
      expect(nodePort).toBeGreaterThanOrEqual(NODE_PORT_RANGE.min);
      expect(nodePort).toBeLessThanOrEqual(NODE_PORT_RANGE.max);
      expect(service.spec!.clusterIP).toMatch(/^10\.96\.\d+\.\d+$/);
    }
    expect(taken.clusterIPs.size).toBe(201);
    expect(taken.nodePorts.size).toBe(201);
  });

  it('gives a headless Service without selector both IP families, as the real server does', () => {
    expect(
      prepareServiceForCreate({ spec: { clusterIP: 'None', ports: [{ port: 9300 }] } }, none()).service.spec,
    ).toMatchObject({
      clusterIPs: ['None'],
      ipFamilies: ['IPv4', 'IPv6'],
      ipFamilyPolicy: 'RequireDualStack',
    });
  });

  it('keeps the NodePort of a port by name on update, and allocates one for a renamed port', () => {
    const current = {
      spec: { type: 'LoadBalancer', clusterIP: '10.96.1.1', ports: [{ name: 'rcs', port: 9443, nodePort: 31000 }] },
    };
    const update = (name: string) =>
      prepareServiceForUpdate<ServiceObject>(
        { spec: { type: 'LoadBalancer', ports: [{ name, port: 9443 }] } },
        current,
        none(),
      ).service.spec!;
    expect(update('rcs')).toMatchObject({ clusterIP: '10.96.1.1', ports: [{ name: 'rcs', nodePort: 31000 }] });
    expect(update('renamed').ports![0].nodePort).not.toBe(31000);
  });

  it.each([
    [{ spec: { ports: [] } }, ['spec.ports: Required value']],
    [{ spec: { clusterIP: 'None' } }, []],
    [
      { spec: { type: 'Bogus', ports: [{ port: 1 }] } },
      [
        'spec.type: Unsupported value: "Bogus": supported values: "ClusterIP", "ExternalName", "LoadBalancer", "NodePort"',
      ],
    ],
    [
      {
        spec: { type: 'LoadBalancer', ports: [{ port: 1 }] },
        status: { loadBalancer: { ingress: [{ ip: '192.0.2.1' }] } },
      },
      ['status.loadBalancer.ingress[0].ipMode: Required value: must be specified when `ip` is set'],
    ],
  ])('validates %j', (service, messages) => {
    expect(validateService(service).map((error) => `${error.field}: ${error.message}`)).toEqual(messages);
  });

  it('defaults ipMode to VIP for the IP ingress of a LoadBalancer only', () => {
    const ingress = [{ ip: '192.0.2.1' }, { hostname: 'lb.example.com' }];
    expect(
      defaultServiceStatus({ spec: { type: 'LoadBalancer' }, status: { loadBalancer: { ingress } } }).status,
    ).toEqual({
      loadBalancer: { ingress: [{ ip: '192.0.2.1', ipMode: 'VIP' }, { hostname: 'lb.example.com' }] },
    });
    expect(defaultServiceStatus({ spec: { type: 'ClusterIP' }, status: { loadBalancer: { ingress } } }).status).toEqual(
      { loadBalancer: { ingress } },
    );
  });
});
