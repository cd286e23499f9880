import { API_ROUTES } from '../../common/api/api_routes';
import { remoteStatusQuerySchema, type RemoteStatusResponse } from '../../common/api/remote_status';
import { API_PRIVILEGES } from '../../common/constants';
import { probeRemoteStatus } from '../status/probe_remote_status';
import { defineRoute } from './route_definition';

export const getRemoteStatusRoute = defineRoute({
  ...API_ROUTES.remoteStatus,
  summary: 'Probe every remote cluster of the local cluster, in parallel, each bounded by a timeout',
  security: { authz: { requiredPrivileges: [API_PRIVILEGES.read] } },
  validate: { query: remoteStatusQuerySchema },
  async handler({ query }, { config, localElasticsearch }): Promise<RemoteStatusResponse> {
    return probeRemoteStatus(localElasticsearch(), query.timeoutMs ?? config.remoteStatus.timeoutMs);
  },
});
