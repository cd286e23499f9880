import { API_ROUTES } from '../../common/api/api_routes';
import { apiKeyConnectionRequestSchema, type ApiKeyPlanResponse } from '../../common/api/api_key_connection';
import { API_PRIVILEGES } from '../../common/constants';
import { apiKeyPlan } from '../../common/plan/api_key/api_key_plan';
import { observeApiKeyConnection } from '../connection/observe_api_key_connection';
import { namespaceScopeForRequest } from '../discovery/namespace_scope_for_request';
import { defineRoute } from './route_definition';

/** Read-only, but it reads the ECK cluster as its `elastic` user: it needs the manage privilege. */
export const planApiKeyConnectionRoute = defineRoute({
  ...API_ROUTES.planApiKeyConnection,
  summary: 'Compute the plan that connects an ECK cluster with the API key model, from live state',
  security: { authz: { requiredPrivileges: [API_PRIVILEGES.manage] } },
  validate: { body: apiKeyConnectionRequestSchema },
  async handler({ body }, services): Promise<ApiKeyPlanResponse> {
    namespaceScopeForRequest(services.config.kubernetes.namespaces, body.target.namespace, 'target.namespace');
    const target = { ...body.target, mode: 'api_key' as const };
    return apiKeyPlan(target, body.choices, await observeApiKeyConnection(services, target, body.choices.access));
  },
});
