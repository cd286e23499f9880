import type { CrossClusterAccess } from '../api_key/cross_cluster_api_key';
import { consoleRequest } from '../elasticsearch_commands';
import { manageSecurityManualStep } from '../manage_security_step';
import type { PlanStep } from '../plan_types';
import { blockedBy, step } from '../step_helpers';
import { localCertificateRoleBody } from './certificate_roles';

const TITLE = 'Create the role of the same name on the local cluster';
const ID = 'create_local_role' as const;

/** The local half of the role pair: users who search the remote are given this role. */
export function createCertificateLocalRoleStep(input: {
  alias: string;
  roleName: string;
  access: CrossClusterAccess;
  /** `true` when the role exists; `null` when it could not be read. */
  roleExists: boolean | null;
  canManageSecurity: boolean;
  preflight: PlanStep;
}): PlanStep<typeof ID> {
  const { roleName, alias } = input;
  if (input.preflight.status !== 'done') return blockedBy(ID, TITLE, input.preflight);
  const assign = `Assign ${roleName} to the users who search ${alias}: the ECK cluster authorizes them by this name.`;
  if (input.roleExists) {
    return step(ID, TITLE, 'done', `The local cluster has the role ${roleName}. ${assign}`);
  }
  const path = `/_security/role/${roleName}`;
  const body = localCertificateRoleBody(alias, input.access);
  const command = consoleRequest('PUT', path, body);
  const grants =
    body.cluster.length > 0
      ? `Locally it grants manage_ccr, to follow the remote's indices. ${assign}`
      : `Locally it grants nothing: it carries the name. ${assign}`;
  if (!input.canManageSecurity) {
    return manageSecurityManualStep(ID, TITLE, grants, command, {
      runOn: 'dev_tools',
      note: 'A user with manage_security can run this request in Dev Tools, or apply this step here.',
    });
  }
  return step(ID, TITLE, 'ready', grants, {
    changes: [{ kind: 'elasticsearch_request', cluster: 'local', method: 'PUT', path, body, command }],
  });
}
