import { randomInt } from 'node:crypto';
import { setHeaderOptions } from '@kubernetes/client-node';
import { clients, failure, newNamespace } from './contract_client';
import type { ContractTarget } from './contract_target';

const MERGE_PATCH = setHeaderOptions('Content-Type', 'application/merge-patch+json');
const CLUSTER_IP = /^10\.96\.\d{1,3}\.\d{1,3}$/;
const inNodePortRange = (port: number | undefined) => port !== undefined && port >= 30000 && port <= 32767;

/** What the API server allocates and defaults for Services, and their status subresource. */
export function servicesContract(target: () => ContractTarget) {
  describe('Services', () => {
    it('allocates a ClusterIP and defaults protocol, targetPort and the policies', async () => {
      const namespace = await newNamespace(target());
      const { core } = clients(target());
      const created = await core.createNamespacedService({
        namespace,
        body: {
          metadata: { name: 'quickstart-es-http' },
          spec: { selector: { app: 'es' }, ports: [{ name: 'https', port: 9200 }] },
        },
      });
      expect(created.spec).toEqual({
        type: 'ClusterIP',
        clusterIP: expect.stringMatching(CLUSTER_IP),
        clusterIPs: [created.spec?.clusterIP],
        ipFamilies: ['IPv4'],
        ipFamilyPolicy: 'SingleStack',
        internalTrafficPolicy: 'Cluster',
        sessionAffinity: 'None',
        selector: { app: 'es' },
        ports: [{ name: 'https', port: 9200, protocol: 'TCP', targetPort: 9200 }],
      });
      expect(created.status).toEqual({ loadBalancer: {} });
    });

    it('allocates no ClusterIP for a headless Service', async () => {
      const namespace = await newNamespace(target());
      const { core } = clients(target());
      const spec = { clusterIP: 'None', selector: { app: 'es' }, ports: [{ name: 'rcs', port: 9443 }] };
      const created = await core.createNamespacedService({ namespace, body: { metadata: { name: 'rcs' }, spec } });
      expect(created.spec).toMatchObject({ clusterIP: 'None', clusterIPs: ['None'], ipFamilies: ['IPv4'] });
    });

    it('allocates NodePorts for NodePort and LoadBalancer Services, and refuses a NodePort in use', async () => {
      const namespace = await newNamespace(target());
      const { core } = clients(target());
      const ports = [{ name: 'rcs', port: 9443 }];
      const nodePort = await core.createNamespacedService({
        namespace,
        body: { metadata: { name: 'np' }, spec: { type: 'NodePort', ports } },
      });
      expect(nodePort.spec).toMatchObject({
        type: 'NodePort',
        externalTrafficPolicy: 'Cluster',
        clusterIP: expect.stringMatching(CLUSTER_IP),
      });
      expect(inNodePortRange(nodePort.spec?.ports?.[0].nodePort)).toBe(true);
      const balancer = await core.createNamespacedService({
        namespace,
        body: { metadata: { name: 'lb' }, spec: { type: 'LoadBalancer', ports } },
      });
      expect(balancer.spec).toMatchObject({ allocateLoadBalancerNodePorts: true, externalTrafficPolicy: 'Cluster' });
      expect(inNodePortRange(balancer.spec?.ports?.[0].nodePort)).toBe(true);

      const taken = nodePort.spec!.ports![0].nodePort!;
      const clash = { type: 'NodePort', ports: [{ name: 'rcs', port: 9443, nodePort: taken }] };
      expect(
        await failure(core.createNamespacedService({ namespace, body: { metadata: { name: 'clash' }, spec: clash } })),
      ).toMatchObject({
        code: 422,
        body: {
          message: `Service "clash" is invalid: spec.ports[0].nodePort: Invalid value: ${taken}: provided port is already allocated`,
        },
      });
      const free = 30000 + randomInt(2768);
      const chosen = { type: 'NodePort', ports: [{ name: 'rcs', port: 9443, nodePort: free }] };
      const kept = await core.createNamespacedService({
        namespace,
        body: { metadata: { name: 'chosen' }, spec: chosen },
      });
      expect(kept.spec?.ports?.[0].nodePort).toBe(free);
    });

    it('keeps the allocated ClusterIP and NodePorts on an update that leaves them out', async () => {
      const namespace = await newNamespace(target());
      const { core } = clients(target());
      const spec = { type: 'LoadBalancer', ports: [{ name: 'rcs', port: 9443 }] };
      const created = await core.createNamespacedService({ namespace, body: { metadata: { name: 'lb' }, spec } });
      const updated = await core.replaceNamespacedService({
        namespace,
        name: 'lb',
        body: {
          metadata: { name: 'lb', resourceVersion: created.metadata?.resourceVersion },
          spec: { ...spec, ports: [{ name: 'rcs', port: 9443, targetPort: 9444 }] },
        },
      });
      expect(updated.spec?.clusterIP).toBe(created.spec?.clusterIP);
      expect(updated.spec?.ports?.[0]).toMatchObject({ targetPort: 9444, nodePort: created.spec?.ports?.[0].nodePort });
    });

    it('sets load balancer ingress through the status subresource only, defaulting ipMode to VIP', async () => {
      const namespace = await newNamespace(target());
      const { core } = clients(target());
      const spec = { type: 'LoadBalancer', ports: [{ name: 'rcs', port: 9443 }] };
      await core.createNamespacedService({ namespace, body: { metadata: { name: 'lb' }, spec } });
      const ingress = [{ ip: '192.0.2.10' }, { hostname: 'rcs.example.com' }];

      const viaMain = await core.patchNamespacedService(
        { namespace, name: 'lb', body: { status: { loadBalancer: { ingress } } } },
        MERGE_PATCH,
      );
      expect(viaMain.status).toEqual({ loadBalancer: {} });

      const body = {
        metadata: { labels: { exposed: 'true' } },
        spec: { sessionAffinity: 'ClientIP' },
        status: { loadBalancer: { ingress } },
      };
      const viaStatus = await core.patchNamespacedServiceStatus({ namespace, name: 'lb', body }, MERGE_PATCH);
      // A built-in kind's status update keeps the spec but takes metadata changes.
      expect(viaStatus.spec?.sessionAffinity).toBe('None');
      expect(viaStatus.metadata?.labels).toEqual({ exposed: 'true' });
      expect(viaStatus.status?.loadBalancer?.ingress).toEqual([
        { ip: '192.0.2.10', ipMode: 'VIP' },
        { hostname: 'rcs.example.com' },
      ]);
      expect(viaStatus.metadata?.generation).toBeUndefined();
    });
  });
}
