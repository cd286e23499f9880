import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadYaml } from '@kubernetes/client-node';
import type { PolicyRule } from './rbac';

const CLUSTER_ROLE_PATH = path.resolve(__dirname, '../../../deploy/kubernetes/cluster-role.yaml');

/**
 * The rules of the ClusterRole the plugin ships, read from the shipped file itself so the sandbox
 * grants the plugin exactly what an admin would.
 */
export function pluginClusterRoleRules(): PolicyRule[] {
  const clusterRole = loadYaml<{ rules: PolicyRule[] }>(readFileSync(CLUSTER_ROLE_PATH, 'utf8'));
  return clusterRole.rules.map(({ apiGroups, resources, verbs }) => ({ apiGroups, resources, verbs }));
}
