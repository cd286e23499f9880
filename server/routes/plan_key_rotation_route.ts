import { API_ROUTES } from '../../common/api/api_routes';
import { keyRotationRequestSchema, type KeyRotationPlanResponse } from '../../common/api/key_lifecycle';
import { API_PRIVILEGES } from '../../common/constants';
import { keyRotationPlan } from '../../common/key_lifecycle/key_rotation_plan';
import { observeKeyRotation } from '../key_lifecycle/observe_key_rotation';
import { namespaceScopeForRequest } from '../discovery/namespace_scope_for_request';
import { defineRoute } from './route_definition';

export const planKeyRotationRoute = defineRoute({
  ...API_ROUTES.planKeyRotation,
  summary: 'The rotation plan of the cross-cluster API key of one alias, from live state',
  security: { authz: { requiredPrivileges: [API_PRIVILEGES.manage] } },
  validate: { body: keyRotationRequestSchema },
  async handler({ body }, services): Promise<KeyRotationPlanResponse> {
    namespaceScopeForRequest(services.config.kubernetes.namespaces, body.target.namespace, 'target.namespace');
    return keyRotationPlan(
      body.target,
      { expiration: body.expiration },
      await observeKeyRotation(services, body.target),
    );
  },
});
