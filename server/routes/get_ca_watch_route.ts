import { API_ROUTES } from '../../common/api/api_routes';
import { caWatchQuerySchema } from '../../common/api/ca_watch';
import type { CaWatchResponse } from '../../common/ca_watch/ca_watch_types';
import { API_PRIVILEGES } from '../../common/constants';
import { checkTransportCas } from '../ca_watch/check_transport_cas';
import { defineRoute } from './route_definition';

export const getCaWatchRoute = defineRoute({
  ...API_ROUTES.caWatch,
  summary: "Compare each connected ECK cluster's transport CA with what the local nodes trust",
  security: { authz: { requiredPrivileges: [API_PRIVILEGES.read] } },
  validate: { query: caWatchQuerySchema },
  async handler(_request, services): Promise<CaWatchResponse> {
    // Computed now, as the current user: the same check the background task logs.
    return checkTransportCas({
      kubernetes: services.kubernetes,
      local: services.localElasticsearch(),
      namespaces: services.config.kubernetes.namespaces,
      warningDays: services.config.caWatch.warningDays,
    });
  },
});
