import { isRunning } from './managed_process';
import { existsSync } from 'node:fs';
import { CoreV1Api, KubeConfig, setHeaderOptions } from '@kubernetes/client-node';
import { startControlPlane, type ControlPlane } from './start_control_plane';

// Starting kube-apiserver takes seconds to tens of seconds on a 2-core host.
const START_TIMEOUT_MS = 180_000;
const TEST_TIMEOUT_MS = 60_000;

function coreApi(controlPlane: ControlPlane, token = controlPlane.adminToken): CoreV1Api {
  const kubeConfig = new KubeConfig();
  kubeConfig.loadFromString(controlPlane.kubeconfigYaml);
  if (token !== controlPlane.adminToken) kubeConfig.users[0] = { ...kubeConfig.users[0], token };
  return kubeConfig.makeApiClient(CoreV1Api);
}

describe('a real kube-apiserver and etcd, built by test/k8s-env/build.sh', () => {
  let controlPlane: ControlPlane | undefined;

  beforeAll(async () => {
    controlPlane = await startControlPlane();
  }, START_TIMEOUT_MS);

  afterAll(() => controlPlane?.stop(), TEST_TIMEOUT_MS);

  it(
    'creates a LoadBalancer Service and sets its ingress through the status subresource, as a load balancer would',
    async () => {
      const core = coreApi(controlPlane!);
      const namespace = 'k8s-env-smoke';
      const name = 'quickstart-es-remote-cluster';
      await core.createNamespace({ body: { metadata: { name: namespace } } });
      const created = await core.createNamespacedService({
        namespace,
        body: {
          metadata: { name },
          spec: {
            type: 'LoadBalancer',
            selector: { 'elasticsearch.k8s.elastic.co/cluster-name': 'quickstart' },
            ports: [{ name: 'rcs', port: 9443, targetPort: 9443 }],
          },
        },
      });
      expect(created.spec?.clusterIP).toMatch(/^10\.96\./);
      expect(created.status?.loadBalancer?.ingress).toBeUndefined();

      await core.patchNamespacedServiceStatus(
        { name, namespace, body: { status: { loadBalancer: { ingress: [{ ip: '192.0.2.10' }] } } } },
        setHeaderOptions('Content-Type', 'application/merge-patch+json'),
      );

      const read = await core.readNamespacedService({ name, namespace });
      expect(read.status?.loadBalancer?.ingress).toEqual([{ ip: '192.0.2.10', ipMode: 'VIP' }]);
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'rejects a token that is not in the token file',
    async () => {
      await expect(coreApi(controlPlane!, 'not-a-known-token').listNamespace()).rejects.toMatchObject({ code: 401 });
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'stops both processes by PID and removes its files',
    async () => {
      const { pids, kubeconfigPath } = controlPlane!;
      expect(Object.values(pids).filter(isRunning)).toHaveLength(2);

      await controlPlane!.stop();

      expect(Object.values(pids).filter(isRunning)).toEqual([]);
      expect(existsSync(kubeconfigPath)).toBe(false);
    },
    TEST_TIMEOUT_MS,
  );
});
