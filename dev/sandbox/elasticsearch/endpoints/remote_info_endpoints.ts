import { describeRemoteConnections } from '../cluster/remote_connection_info';
import { defaultSkipUnavailable } from '../cluster/version_info';
import type { Endpoint } from './endpoint';

/**
 * `GET /_remote/info`: every remote the node knows, from elasticsearch.yml as well as from cluster
 * settings. Passive: it reports the connection state the model holds and never dials.
 */
const remoteInfo: Endpoint = {
  method: 'GET',
  path: '/_remote/info',
  action: 'cluster:monitor/remote/info',
  authorization: 'cluster_privilege',
  body: 'none',
  handle({ model }) {
    const timeout = model.effectiveSettings()['cluster.remote.initial_connect_timeout'];
    const body = describeRemoteConnections({
      remotes: model.remotes(),
      statusOf: (alias) => model.remoteConnection(alias),
      hasCredentials: (alias) => model.hasRemoteClusterCredentials(alias),
      initialConnectTimeout: typeof timeout === 'string' ? timeout : '30s',
      defaultSkipUnavailable: defaultSkipUnavailable(model.identity.version),
    });
    return { body };
  },
};

export const REMOTE_INFO_ENDPOINTS: readonly Endpoint[] = [remoteInfo];
