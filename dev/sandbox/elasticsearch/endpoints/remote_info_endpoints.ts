import { describeRemoteConnections } from '../cluster/remote_connection_info';
import { defaultSkipUnavailable } from '../cluster/version_info';
import type { Endpoint } from './endpoint';

/**
 * `GET /_remote/info`: every remote the node knows, from elasticsearch.yml as well as from cluster
 * settings. Passive: it reports the handling node's last known connection state and never dials.
 */
const remoteInfo: Endpoint = {
  method: 'GET',
  path: '/_remote/info',
  action: 'cluster:monitor/remote/info',
  authorization: 'cluster_privilege',
  body: 'none',
  handle({ model, nodes }) {
    const node = nodes.coordinating();
    const timeout = node.settings()['cluster.remote.initial_connect_timeout'];
    const body = describeRemoteConnections({
      remotes: node.remotes(),
      statusOf: (alias) => node.remoteConnection(alias),
      hasCredentials: (alias) => node.hasRemoteClusterCredentials(alias),
      initialConnectTimeout: typeof timeout === 'string' ? timeout : '30s',
      defaultSkipUnavailable: defaultSkipUnavailable(model.identity.version),
    });
    return { body };
  },
};

export const REMOTE_INFO_ENDPOINTS: readonly Endpoint[] = [remoteInfo];
