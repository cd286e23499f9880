import type { RemoteClusterServerExposure } from './api_key_steps';
import { exposeRemoteClusterServerStep } from './expose_remote_cluster_server_step';
import { doneStep, observedEck, rcsService, service } from './test_observations';

const enabled = doneStep('x', 'Enable');
const loadBalancer: RemoteClusterServerExposure = { type: 'LoadBalancer', port: 9443, annotations: {} };
const rcsOn = { enabled: true, service: null, serviceFieldInCrd: true };

describe('expose the remote cluster server', () => {
  it('waits for the remote cluster server', () => {
    const result = exposeRemoteClusterServerStep(observedEck(), loadBalancer, { ...enabled, status: 'waiting' });
    expect(result.step.status).toBe('blocked');
    expect(result.proxyAddress).toBeNull();
  });

  it('accepts an address the admin routes, without touching Kubernetes', () => {
    const result = exposeRemoteClusterServerStep(
      observedEck(),
      { type: 'address', proxyAddress: 'rcs.example.com:443' },
      enabled,
    );
    expect(result).toMatchObject({ proxyAddress: 'rcs.example.com:443', step: { status: 'done', changes: [] } });
  });

  describe('ECK 3.3 and later: the service field', () => {
    it('patches spec.remoteClusterServer.service', () => {
      const result = exposeRemoteClusterServerStep(observedEck({ remoteClusterServer: rcsOn }), loadBalancer, enabled);
      expect(result.step.status).toBe('ready');
      expect(result.step.changes[0]).toMatchObject({
        kind: 'kubernetes_patch',
        patch: { spec: { remoteClusterServer: { service: { spec: { type: 'LoadBalancer' } } } } },
      });
    });

    it('sets an explicit targetPort 9443 when the exposed port differs, and the annotations', () => {
      const exposure: RemoteClusterServerExposure = {
        type: 'LoadBalancer',
        port: 443,
        annotations: { 'service.beta.kubernetes.io/aws-load-balancer-internal': 'true' },
      };
      const result = exposeRemoteClusterServerStep(observedEck({ remoteClusterServer: rcsOn }), exposure, enabled);
      expect(result.step.changes[0]).toMatchObject({
        patch: {
          spec: {
            remoteClusterServer: {
              service: {
                metadata: { annotations: { 'service.beta.kubernetes.io/aws-load-balancer-internal': 'true' } },
                spec: { type: 'LoadBalancer', ports: [{ name: 'rcs', port: 443, targetPort: 9443, protocol: 'TCP' }] },
              },
            },
          },
        },
      });
    });

    it('waits for ECK, then for the load balancer, then gives the proxy address', () => {
      const patched = { enabled: true, service: { type: 'LoadBalancer' }, serviceFieldInCrd: true };
      const clusterIp = exposeRemoteClusterServerStep(
        observedEck({ remoteClusterServer: patched, services: [rcsService()] }),
        loadBalancer,
        enabled,
      );
      expect(clusterIp.step).toMatchObject({
        status: 'waiting',
        reason: expect.stringMatching(/Waiting for ECK to turn/),
      });

      const noAddress = exposeRemoteClusterServerStep(
        observedEck({ remoteClusterServer: patched, services: [rcsService({ type: 'LoadBalancer' })] }),
        loadBalancer,
        enabled,
      );
      expect(noAddress.step).toMatchObject({
        status: 'waiting',
        reason: expect.stringMatching(/Waiting for an address/),
      });

      const assigned = exposeRemoteClusterServerStep(
        observedEck({
          remoteClusterServer: patched,
          services: [rcsService({ type: 'LoadBalancer', ingress: ['203.0.113.7'] })],
        }),
        loadBalancer,
        enabled,
      );
      expect(assigned).toMatchObject({ proxyAddress: '203.0.113.7:9443', step: { status: 'done', changes: [] } });
    });

    it('brackets an IPv6 ingress address', () => {
      const patched = { enabled: true, service: { type: 'LoadBalancer' }, serviceFieldInCrd: true };
      const result = exposeRemoteClusterServerStep(
        observedEck({
          remoteClusterServer: patched,
          services: [rcsService({ type: 'LoadBalancer', ingress: ['2001:db8::7'] })],
        }),
        loadBalancer,
        enabled,
      );
      expect(result.proxyAddress).toBe('[2001:db8::7]:9443');
    });
  });

  describe('before ECK 3.3: a separate Service', () => {
    const old = { operatorVersion: '3.2.0', remoteClusterServer: rcsOn };

    it('creates <name>-es-remote-cluster-lb selecting the pods on 9443', () => {
      const result = exposeRemoteClusterServerStep(observedEck(old), { ...loadBalancer, port: 443 }, enabled);
      expect(result.step.status).toBe('ready');
      expect(result.step.changes[0]).toMatchObject({
        kind: 'kubernetes_create',
        object: {
          kind: 'Service',
          metadata: { name: 'logs-es-remote-cluster-lb', namespace: 'search-prod' },
          spec: {
            type: 'LoadBalancer',
            selector: {
              'elasticsearch.k8s.elastic.co/cluster-name': 'logs',
              'common.k8s.elastic.co/type': 'elasticsearch',
            },
            ports: [{ port: 443, targetPort: 9443 }],
          },
        },
      });
      expect(result.step.changes[0].command).toMatch(/^kubectl create -f - <<'EOF'/);
    });

    it('patches the Service when it exists but differs', () => {
      const existing = service({
        name: 'logs-es-remote-cluster-lb',
        type: 'ClusterIP',
        ports: [{ port: 9443, targetPort: 9443 }],
      });
      const result = exposeRemoteClusterServerStep(
        observedEck({ ...old, services: [existing] }),
        loadBalancer,
        enabled,
      );
      expect(result.step.changes[0]).toMatchObject({
        kind: 'kubernetes_patch',
        resource: { kind: 'Service', name: 'logs-es-remote-cluster-lb' },
      });
    });

    it('is done once the Service has an address, with a NodePort read from the Service', () => {
      const nodePort = service({
        name: 'logs-es-remote-cluster-lb',
        type: 'NodePort',
        ports: [{ port: 9443, targetPort: 9443, nodePort: 31443 }],
      });
      const result = exposeRemoteClusterServerStep(
        observedEck({ ...old, services: [nodePort] }),
        { type: 'NodePort', nodeAddress: 'k8s-node-1.example.com' },
        enabled,
      );
      expect(result).toMatchObject({ proxyAddress: 'k8s-node-1.example.com:31443', step: { status: 'done' } });
    });
  });

  describe('ECK 3.x, which writes its version nowhere: decided from the CRD and from what ECK did', () => {
    const unknownVersion = { operatorVersion: null };

    it('uses a separate Service when a dry run shows the CRD prunes the field', () => {
      const result = exposeRemoteClusterServerStep(
        observedEck({ ...unknownVersion, remoteClusterServer: { ...rcsOn, serviceFieldInCrd: false } }),
        loadBalancer,
        enabled,
      );
      expect(result.step.changes[0]).toMatchObject({
        kind: 'kubernetes_create',
        object: { metadata: { name: 'logs-es-remote-cluster-lb' } },
      });
      expect(result.step.reason).toMatch(/prunes the field/);
    });

    it('patches the field when the CRD keeps it', () => {
      const result = exposeRemoteClusterServerStep(
        observedEck({ ...unknownVersion, remoteClusterServer: rcsOn }),
        loadBalancer,
        enabled,
      );
      expect(result.step.changes[0]).toMatchObject({ kind: 'kubernetes_patch', resource: { kind: 'Elasticsearch' } });
    });

    it('falls back to a separate Service when ECK took the field but left its Service alone (an operator before 3.3)', () => {
      const ignored = observedEck({
        ...unknownVersion,
        remoteClusterServer: { enabled: true, service: { type: 'LoadBalancer' }, serviceFieldInCrd: true },
        services: [rcsService({ type: 'ClusterIP' })],
      });
      const result = exposeRemoteClusterServerStep(ignored, loadBalancer, enabled);
      expect(result.step.status).toBe('ready');
      expect(result.step.changes[0]).toMatchObject({ kind: 'kubernetes_create' });
      expect(result.step.reason).toMatch(/left the Service unchanged/);
    });
  });

  it('lets a CRD that prunes the field win over a recorded operator version', () => {
    const result = exposeRemoteClusterServerStep(
      observedEck({ operatorVersion: '3.3.0', remoteClusterServer: { ...rcsOn, serviceFieldInCrd: false } }),
      loadBalancer,
      enabled,
    );
    expect(result.step.changes[0]).toMatchObject({ kind: 'kubernetes_create' });
  });

  it('does not claim the CRD has the field when it could not be probed', () => {
    const result = exposeRemoteClusterServerStep(
      observedEck({ operatorVersion: null, remoteClusterServer: { ...rcsOn, serviceFieldInCrd: null } }),
      loadBalancer,
      enabled,
    );
    expect(result.step.reason).toMatch(/could not be probed/);
  });
});
