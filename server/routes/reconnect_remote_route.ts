import { API_ROUTES } from '../../common/api/api_routes';
import { reconnectRemoteRequestSchema, type ReconnectRemoteResponse } from '../../common/api/remote_status';
import { API_PRIVILEGES } from '../../common/constants';
import { isPluginError } from '../../common/errors/plugin_error';
import { reconnectRemote } from '../status/reconnect_remote';
import { defineRoute } from './route_definition';

export const reconnectRemoteRoute = defineRoute({
  ...API_ROUTES.reconnectRemote,
  summary: 'Make the local cluster dial a disconnected remote cluster now',
  security: { authz: { requiredPrivileges: [API_PRIVILEGES.manage] } },
  validate: { body: reconnectRemoteRequestSchema },
  async handler({ body }, services): Promise<ReconnectRemoteResponse> {
    const action = 'eck_remote_clusters.reconnect';
    try {
      const remote = await reconnectRemote(
        services.localElasticsearch(),
        body.alias,
        body.timeoutMs ?? services.config.remoteStatus.timeoutMs,
      );
      services.audit({ action, outcome: 'success', message: `Reconnect ${body.alias}: ${remote.state}` });
      return { remote };
    } catch (error) {
      const code = isPluginError(error) ? error.code : 'INTERNAL_ERROR';
      services.audit({ action, outcome: 'failure', message: `Failed to reconnect ${body.alias}: ${code}` });
      throw error;
    }
  },
});
