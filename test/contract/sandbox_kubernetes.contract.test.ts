import { KubeConfig } from '@kubernetes/client-node';
import { kubeconfigFor } from '../../dev/sandbox/kubernetes/kubeconfig';
import { startKubernetesApiServer } from '../../dev/sandbox/kubernetes/kubernetes_api_server';
import { CLUSTER_ADMIN_RULES, type Identity } from '../../dev/sandbox/kubernetes/rbac';
import { RESTRICTED_USER, type ContractTarget, type ContractUser } from './contract_target';
import { describeKubernetesContract } from './kubernetes_contract';

const TOKENS: Record<ContractUser, string> = { admin: 'contract-admin-token', restricted: 'contract-restricted-token' };

/** The sandbox, started without ECK so that the contract installs the CRD as it does on a real server. */
async function startSandbox(): Promise<ContractTarget> {
  const restricted: Identity = { user: RESTRICTED_USER, rules: [] };
  const server = await startKubernetesApiServer({
    tokens: {
      [TOKENS.admin]: { user: 'kubernetes-admin', rules: CLUSTER_ADMIN_RULES },
      [TOKENS.restricted]: restricted,
    },
    eckInstalled: false,
  });
  return {
    kubeConfig(user) {
      const kubeConfig = new KubeConfig();
      kubeConfig.loadFromString(kubeconfigFor(server, TOKENS[user]));
      return kubeConfig;
    },
    // The sandbox's token rules stand for the Role and RoleBinding a real cluster would have.
    async grant(namespace, rules) {
      restricted.rules.push(...rules.map((rule) => ({ ...rule, namespaces: [namespace] })));
    },
    async installEckCrd(version) {
      server.installEckCrd(version);
    },
    stop: () => server.close(),
  };
}

describeKubernetesContract('the Kubernetes contract against the sandbox Kubernetes API', startSandbox);
