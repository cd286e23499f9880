import { API_ROUTES } from '../../common/api/api_routes';
import { localClusterQuerySchema, type LocalClusterResponse } from '../../common/api/local_cluster';
import { API_PRIVILEGES } from '../../common/constants';
import { defineRoute } from './route_definition';

export const getLocalClusterRoute = defineRoute({
  ...API_ROUTES.localCluster,
  summary: 'Describe the local cluster and its remote clusters',
  security: { authz: { requiredPrivileges: [API_PRIVILEGES.read] } },
  validate: { query: localClusterQuerySchema },
  async handler(_request, { localElasticsearch }): Promise<LocalClusterResponse> {
    return localElasticsearch().getLocalClusterInfo();
  },
});
