import type { estypes } from '@elastic/elasticsearch';
import { versionInfo } from '../cluster/version_info';
import type { Endpoint } from './endpoint';

/** `GET /`: who this cluster is. Needs `monitor`, like every `cluster:monitor/*` action. */
const info: Endpoint = {
  method: 'GET',
  path: '/',
  action: 'cluster:monitor/main',
  authorization: 'cluster_privilege',
  body: 'none',
  handle({ model }) {
    const body: estypes.InfoResponse = {
      name: model.identity.nodeName,
      cluster_name: model.identity.name,
      cluster_uuid: model.identity.uuid,
      version: versionInfo(model.identity.version),
      tagline: 'You Know, for Search',
    };
    return { body };
  },
};

/** `HEAD /`: the client's `ping()`. Same action, no body. */
const ping: Endpoint = { ...info, method: 'HEAD', handle: () => ({}) };

export const MAIN_ENDPOINTS: readonly Endpoint[] = [info, ping];
