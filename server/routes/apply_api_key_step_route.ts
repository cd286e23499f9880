import { API_ROUTES } from '../../common/api/api_routes';
import { applyApiKeyStepRequestSchema, type ApplyApiKeyStepResponse } from '../../common/api/api_key_connection';
import { API_PRIVILEGES } from '../../common/constants';
import { applyApiKeyStep } from '../connection/apply_api_key_step';
import { namespaceScopeForRequest } from '../discovery/namespace_scope_for_request';
import { auditedStep } from './audited_step';
import { defineRoute } from './route_definition';

export const applyApiKeyStepRoute = defineRoute({
  ...API_ROUTES.applyApiKeyStep,
  summary: 'Apply one step of the API key plan',
  security: { authz: { requiredPrivileges: [API_PRIVILEGES.manage] } },
  validate: { body: applyApiKeyStepRequestSchema },
  async handler({ body }, services): Promise<ApplyApiKeyStepResponse> {
    // The allow-list binds changes as it binds reads: refused before anything is read or written.
    namespaceScopeForRequest(services.config.kubernetes.namespaces, body.target.namespace, 'target.namespace');
    return auditedStep(services, body, 'api_key', () => applyApiKeyStep(services, body));
  },
});
