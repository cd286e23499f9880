import { API_ROUTES } from '../../common/api/api_routes';
import { applyApiKeyStepRequestSchema, type ApplyApiKeyStepResponse } from '../../common/api/api_key_connection';
import { API_PRIVILEGES } from '../../common/constants';
import { isPluginError } from '../../common/errors/plugin_error';
import { applyApiKeyStep } from '../connection/apply_api_key_step';
import { namespaceScopeForRequest } from '../discovery/namespace_scope_for_request';
import { defineRoute } from './route_definition';

export const applyApiKeyStepRoute = defineRoute({
  ...API_ROUTES.applyApiKeyStep,
  summary: 'Apply one step of the API key plan',
  security: { authz: { requiredPrivileges: [API_PRIVILEGES.manage] } },
  validate: { body: applyApiKeyStepRequestSchema },
  async handler({ body }, services): Promise<ApplyApiKeyStepResponse> {
    // The allow-list binds changes as it binds reads: refused before anything is read or written.
    namespaceScopeForRequest(services.config.kubernetes.namespaces, body.target.namespace, 'target.namespace');
    const where = `${body.target.alias} → ${body.target.namespace}/${body.target.name}`;
    const action = `eck_remote_clusters.apply.${body.step}`;
    try {
      const result = await applyApiKeyStep(services, body);
      services.audit({
        action,
        outcome: 'success',
        message: `${result.applied ? 'Applied' : 'Nothing to apply for'} ${body.step} (${where})`,
      });
      return result;
    } catch (error) {
      const code = isPluginError(error) ? error.code : 'INTERNAL_ERROR';
      services.audit({ action, outcome: 'failure', message: `Failed to apply ${body.step} (${where}): ${code}` });
      throw error;
    }
  },
});
