import { API_ROUTES } from '../../common/api/api_routes';
import { applyKeyRotationStepRequestSchema, type ApplyKeyRotationStepResponse } from '../../common/api/key_lifecycle';
import { API_PRIVILEGES } from '../../common/constants';
import { applyKeyRotationStep } from '../key_lifecycle/apply_key_rotation_step';
import { namespaceScopeForRequest } from '../discovery/namespace_scope_for_request';
import { audited } from './audited';
import { defineRoute } from './route_definition';

export const applyKeyRotationStepRoute = defineRoute({
  ...API_ROUTES.applyKeyRotationStep,
  summary: 'Apply one step of a cross-cluster API key rotation',
  security: { authz: { requiredPrivileges: [API_PRIVILEGES.manage] } },
  validate: { body: applyKeyRotationStepRequestSchema },
  async handler({ body }, services): Promise<ApplyKeyRotationStepResponse> {
    // The allow-list binds changes as it binds reads: refused before anything is read or written.
    namespaceScopeForRequest(services.config.kubernetes.namespaces, body.target.namespace, 'target.namespace');
    const where = `${body.target.alias} → ${body.target.namespace}/${body.target.name}`;
    return audited(
      services,
      `eck_remote_clusters.key_rotation.${body.step}`,
      {
        success: (result) =>
          `${result.applied ? 'Applied' : 'Nothing to apply for'} ${body.step} of the key rotation (${where})`,
        failure: `Failed to apply ${body.step} of the key rotation (${where})`,
      },
      () => applyKeyRotationStep(services, body),
    );
  },
});
