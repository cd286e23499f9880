import { API_ROUTES } from '../../common/api/api_routes';
import { ccsCheckRequestSchema, type CcsCheckResponse } from '../../common/api/ccs_check';
import { API_PRIVILEGES } from '../../common/constants';
import { checkCcs } from '../ccs_check/check_ccs';
import { defineRoute } from './route_definition';

/** Read only, as the user: a search user checks their own access, with no admin rights involved. */
export const ccsCheckRoute = defineRoute({
  ...API_ROUTES.ccsCheck,
  summary: 'Check whether the current user can search an index pattern on a remote cluster, and why not',
  security: { authz: { requiredPrivileges: [API_PRIVILEGES.read] } },
  validate: { body: ccsCheckRequestSchema },
  async handler({ body }, { config, localElasticsearch }): Promise<CcsCheckResponse> {
    return checkCcs(localElasticsearch(), body, config.remoteStatus.timeoutMs);
  },
});
