import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  AuthorizationV1Api,
  KubeConfig,
  RbacAuthorizationV1Api,
  loadYaml,
  type V1ClusterRole,
} from '@kubernetes/client-node';
import { kubeconfigFor } from '../../../dev/sandbox/kubernetes/kubeconfig';
import {
  createKubernetesGateway,
  type KubernetesGateway,
} from '../../../server/gateways/kubernetes/kubernetes_gateway';
import { eventually } from '../eck-operator/eventually';
import type { ControlPlane, StaticTokenUser } from '../start_control_plane';

const CLUSTER_ROLE_FILE = path.resolve(__dirname, '../../../deploy/kubernetes/cluster-role.yaml');

/** The ClusterRole exactly as shipped, to apply as `kubectl apply -f` would. */
export function shippedClusterRole(): V1ClusterRole {
  return loadYaml<V1ClusterRole>(readFileSync(CLUSTER_ROLE_FILE, 'utf8'));
}

/** A line for the control plane's static token file: a user with no rights until a binding gives some. */
export const tokenUser = (user: string): StaticTokenUser => ({ user, token: randomBytes(24).toString('hex') });

export function adminKubeConfig(controlPlane: ControlPlane): KubeConfig {
  const kubeConfig = new KubeConfig();
  kubeConfig.loadFromString(controlPlane.kubeconfigYaml);
  return kubeConfig;
}

/**
 * What a cluster admin does for Kibana: the ClusterRole and a ClusterRoleBinding to its user. RBAC
 * objects reach the authorizer a moment after the write, so this resolves only once a
 * SubjectAccessReview allows the role's first verb.
 */
export async function bindClusterRole(admin: KubeConfig, user: string, role: V1ClusterRole): Promise<void> {
  const rbac = admin.makeApiClient(RbacAuthorizationV1Api);
  const name = role.metadata!.name!;
  await rbac.createClusterRole({ body: role });
  await rbac.createClusterRoleBinding({
    body: {
      metadata: { name },
      roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name },
      subjects: [{ apiGroup: 'rbac.authorization.k8s.io', kind: 'User', name: user }],
    },
  });
  const [rule] = role.rules!;
  const resourceAttributes = { verb: rule.verbs[0], group: rule.apiGroups![0], resource: rule.resources![0] };
  const authorization = admin.makeApiClient(AuthorizationV1Api);
  await eventually(async () => {
    const review = await authorization.createSubjectAccessReview({
      body: { spec: { user, resourceAttributes } },
    });
    if (!review.status?.allowed) throw new Error(`ClusterRoleBinding ${name} is not in force for ${user} yet`);
  }, 30_000);
}

/** The plugin's own gateway, authenticated as `token`, with every HTTP request it sends recorded. */
export interface PluginConnection {
  gateway: KubernetesGateway;
  kubeConfig: KubeConfig;
  /** `GET /apis/...?labelSelector=...`, in the order they were sent. */
  requests: string[];
}

export function connectAsPlugin(controlPlane: ControlPlane, token: string): PluginConnection {
  const kubeConfig = new KubeConfig();
  kubeConfig.loadFromString(kubeconfigFor({ url: controlPlane.serverUrl, caPem: controlPlane.caPem }, token, 'kibana'));
  const requests: string[] = [];
  const authenticate = kubeConfig.applySecurityAuthentication.bind(kubeConfig);
  // client-node authenticates every API call through its KubeConfig: the one place that sees them all.
  kubeConfig.applySecurityAuthentication = (context) => {
    const url = new URL(context.getUrl());
    requests.push(`${context.getHttpMethod()} ${url.pathname}${decodeURIComponent(url.search)}`);
    return authenticate(context);
  };
  return { kubeConfig, requests, gateway: createKubernetesGateway(kubeConfig, { requestTimeoutMs: 10_000 }) };
}
