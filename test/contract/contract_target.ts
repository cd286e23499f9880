import type { KubeConfig } from '@kubernetes/client-node';
import type { PolicyRule } from '../../dev/sandbox/kubernetes/rbac';

/** Who calls: a cluster admin, or a user with no rights but those a test grants it. */
export type ContractUser = 'admin' | 'restricted';

/** The restricted user's name on both servers, so that their 403 messages can be compared as text. */
export const RESTRICTED_USER = 'contract-restricted';

/** ECK releases whose CRDs the contract installs: before and after remoteClusterServer.service (3.3.0). */
export const ECK_CRD_WITHOUT_RCS_SERVICE = '3.2.0';
export const ECK_CRD_WITH_RCS_SERVICE = '3.4.0';

/**
 * A Kubernetes API server the contract runs against: the sandbox, or a real kube-apiserver. Only
 * what differs between the two is here; everything the contract checks goes through
 * @kubernetes/client-node (or plain HTTPS with the same kubeconfig) alike.
 */
export interface ContractTarget {
  kubeConfig(user: ContractUser): KubeConfig;
  /**
   * Lets the restricted user do what `rules` allow in one namespace, and returns once the server
   * enforces it: a Role and RoleBinding on a real server, the token's rules on the sandbox.
   */
  grant(namespace: string, rules: PolicyRule[]): Promise<void>;
  /** Installs the Elasticsearch CRD of an ECK release, replacing any other, once the server serves it. */
  installEckCrd(version: string): Promise<void>;
  stop(): Promise<void>;
}
