import { API_ROUTES } from '../../common/api/api_routes';
import { listEckClustersQuerySchema, type ListEckClustersResponse } from '../../common/api/eck_clusters';
import { API_PRIVILEGES } from '../../common/constants';
import { discoverEckClusters } from '../discovery/discover_eck_clusters';
import { namespaceScopeForRequest } from '../discovery/namespace_scope_for_request';
import { defineRoute } from './route_definition';

export const listEckClustersRoute = defineRoute({
  ...API_ROUTES.listEckClusters,
  summary: 'List the ECK-managed Elasticsearch clusters in the allowed namespaces',
  security: { authz: { requiredPrivileges: [API_PRIVILEGES.read] } },
  validate: { query: listEckClustersQuerySchema },
  async handler({ query }, { config, kubernetes }): Promise<ListEckClustersResponse> {
    const scope = namespaceScopeForRequest(config.kubernetes.namespaces, query.namespace);
    const clusters = await discoverEckClusters(kubernetes(), scope);
    return { namespaces: scope.all ? null : scope.namespaces, clusters };
  },
});
