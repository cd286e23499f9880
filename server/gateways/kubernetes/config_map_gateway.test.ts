import { loadSandboxKubeConfig } from '../../../dev/sandbox/kubernetes/kubeconfig';
import {
  startKubernetesApiServer,
  type KubernetesApiServer,
} from '../../../dev/sandbox/kubernetes/kubernetes_api_server';
import { pluginClusterRoleRules } from '../../../dev/sandbox/kubernetes/plugin_rbac';
import { CORE_TYPES } from '../../../dev/sandbox/kubernetes/resource_types';
import { CERTIFICATE_FLOW_PERMISSIONS, describePermission } from '../../connection/required_permissions';
import { createKubernetesGateway, type KubernetesGateway } from './kubernetes_gateway';

const NAMESPACE = 'search-prod';
const NAMESPACES = CORE_TYPES.find((type) => type.plural === 'namespaces')!;

/** The ConfigMap calls of the certificate model, with the shipped ClusterRole, against the sandbox API server. */
describe('the ConfigMap of extra transport CAs, through the gateway', () => {
  let server: KubernetesApiServer;
  let gateway: KubernetesGateway;
  beforeEach(async () => {
    server = await startKubernetesApiServer({
      tokens: { plugin: { user: 'kibana', rules: pluginClusterRoleRules() } },
    });
    server.store.create(NAMESPACES, { metadata: { name: NAMESPACE } });
    gateway = createKubernetesGateway(await loadSandboxKubeConfig(server, 'plugin'), { requestTimeoutMs: 5_000 });
  });
  afterEach(() => server?.close());

  it('the shipped ClusterRole grants every permission the certificate flow needs', async () => {
    const allowed = await gateway.reviewAccess(NAMESPACE, CERTIFICATE_FLOW_PERMISSIONS);
    expect(CERTIFICATE_FLOW_PERMISSIONS.filter((_, i) => !allowed[i]).map(describePermission)).toEqual([]);
  });

  it('reads an absent ConfigMap as null, creates it, and a second create is a conflict', async () => {
    expect(await gateway.getConfigMap(NAMESPACE, 'logs-remote-ca')).toBeNull();
    const body = { metadata: { name: 'logs-remote-ca' }, data: { 'ca.crt': 'A' } };
    await gateway.createConfigMap(NAMESPACE, body);
    expect((await gateway.getConfigMap(NAMESPACE, 'logs-remote-ca'))?.data).toEqual({ 'ca.crt': 'A' });
    await expect(gateway.createConfigMap(NAMESPACE, body)).rejects.toMatchObject({ code: 'KUBERNETES_CONFLICT' });
  });

  it('a merge patch carrying the resourceVersion it was planned from fails once someone else changed the ConfigMap', async () => {
    const created = await gateway.createConfigMap(NAMESPACE, {
      metadata: { name: 'site-cas' },
      data: { 'ca.crt': 'A' },
    });
    const planned = created.metadata!.resourceVersion!;
    await gateway.mergePatchConfigMap(NAMESPACE, 'site-cas', { data: { 'ca.crt': 'A+B' } });
    await expect(
      gateway.mergePatchConfigMap(NAMESPACE, 'site-cas', {
        metadata: { resourceVersion: planned },
        data: { 'ca.crt': 'A+C' },
      }),
    ).rejects.toMatchObject({ code: 'KUBERNETES_CONFLICT' });
    expect((await gateway.getConfigMap(NAMESPACE, 'site-cas'))?.data).toEqual({ 'ca.crt': 'A+B' });

    const current = (await gateway.getConfigMap(NAMESPACE, 'site-cas'))!.metadata!.resourceVersion!;
    await gateway.mergePatchConfigMap(NAMESPACE, 'site-cas', {
      metadata: { resourceVersion: current },
      data: { 'ca.crt': 'A+B+C' },
    });
    expect((await gateway.getConfigMap(NAMESPACE, 'site-cas'))?.data).toEqual({ 'ca.crt': 'A+B+C' });
  });
});
