import { loadSandboxKubeConfig } from '../../../dev/sandbox/kubernetes/kubeconfig';
import {
  startKubernetesApiServer,
  type KubernetesApiServer,
} from '../../../dev/sandbox/kubernetes/kubernetes_api_server';
import { pluginClusterRoleRules } from '../../../dev/sandbox/kubernetes/plugin_rbac';
import { API_KEY_FLOW_PERMISSIONS, describePermission } from '../../connection/required_permissions';
import { createKubernetesGateway } from './kubernetes_gateway';

describe('reviewAccess (SelfSubjectAccessReview)', () => {
  let server: KubernetesApiServer;
  afterEach(() => server?.close());

  const missingFor = async (rules: ReturnType<typeof pluginClusterRoleRules>) => {
    server = await startKubernetesApiServer({ tokens: { plugin: { user: 'kibana', rules } } });
    const gateway = createKubernetesGateway(await loadSandboxKubeConfig(server, 'plugin'), { requestTimeoutMs: 5_000 });
    const allowed = await gateway.reviewAccess('search-prod', API_KEY_FLOW_PERMISSIONS);
    return API_KEY_FLOW_PERMISSIONS.filter((_, i) => !allowed[i]).map(describePermission);
  };

  it('finds nothing missing with the shipped ClusterRole: it covers the API key flow', async () => {
    expect(await missingFor(pluginClusterRoleRules())).toEqual([]);
  });

  it('names each permission a narrower role lacks', async () => {
    const withoutPortForward = pluginClusterRoleRules().filter((rule) => !rule.resources.includes('pods/portforward'));
    expect(await missingFor(withoutPortForward)).toEqual(['get pods/portforward', 'create pods/portforward']);
  });
});
