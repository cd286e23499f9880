import type { CrossClusterAccess } from '../api_key/cross_cluster_api_key';
import { remoteCurl } from '../elasticsearch_commands';
import { manageSecurityManualStep } from '../manage_security_step';
import type { Observed } from '../observation';
import type { PlanStep } from '../plan_types';
import { blockedBy, step } from '../step_helpers';
import { describeRemoteGrant, remoteRoleBody } from './certificate_roles';

const TITLE = 'Create the role on the ECK cluster';
const ID = 'create_remote_role' as const;

/**
 * In the certificate model the remote cluster authorizes a cross-cluster request by the local
 * user's role names: a role of the same name must exist there. The plugin creates it through the
 * port-forward, as the ECK cluster's `elastic` user, like the API key flow creates keys.
 */
export function createRemoteRoleStep(input: {
  alias: string;
  roleName: string;
  access: CrossClusterAccess;
  namespace: string;
  name: string;
  roleExists: Observed<boolean>;
  /** Creating roles is a security administrator's act: the Kibana user needs `manage_security`. */
  canManageSecurity: boolean;
  preflight: PlanStep;
}): PlanStep<typeof ID> {
  const { roleName } = input;
  if (input.preflight.status !== 'done') return blockedBy(ID, TITLE, input.preflight);
  if (!input.roleExists.ok) {
    return step(ID, TITLE, 'blocked', `The roles of the ECK cluster could not be read: ${input.roleExists.error}`);
  }
  const evidence = [
    {
      subject: `role ${roleName} on ${input.namespace}/${input.name}`,
      value: input.roleExists.value ? 'exists' : 'absent',
      source: 'remote_elasticsearch' as const,
    },
  ];
  if (input.roleExists.value) {
    return step(
      ID,
      TITLE,
      'done',
      `The ECK cluster has the role ${roleName}; the plugin does not change an existing role.`,
      {
        evidence,
      },
    );
  }
  const path = `/_security/role/${roleName}`;
  const body = remoteRoleBody(input.alias, input.access);
  const command = remoteCurl(input.namespace, input.name, 'PUT', path, body);
  const grants = `On the ECK cluster, ${roleName} grants ${describeRemoteGrant(input.access)} to local users who have a role of the same name.`;
  if (!input.canManageSecurity) {
    return manageSecurityManualStep(
      ID,
      TITLE,
      grants,
      command,
      {
        runOn: 'kubectl',
        note: 'A user with manage_security can apply this step here, or run the commands where kubectl works.',
      },
      evidence,
    );
  }
  return step(ID, TITLE, 'ready', grants, {
    evidence,
    changes: [{ kind: 'elasticsearch_request', cluster: 'remote', method: 'PUT', path, body, command }],
  });
}
