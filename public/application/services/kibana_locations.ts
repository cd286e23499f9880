import { KIBANA_REMOTE_CLUSTERS_APP_PATH } from '../../../common/constants';

/** Where a link goes: the app and path for in-app navigation, and the URL (without the base path) for the href. */
export interface KibanaLocation {
  appId: string;
  path: string;
  url: string;
}

const MANAGEMENT_APP = { id: 'management', url: '/app/management' } as const;

function managementLocation(url: string): KibanaLocation {
  if (!url.startsWith(`${MANAGEMENT_APP.url}/`)) throw new Error(`${url} is not in Stack Management`);
  return { appId: MANAGEMENT_APP.id, path: url.slice(MANAGEMENT_APP.url.length), url };
}

/** Kibana's Remote Clusters page for one remote, opened with its details flyout. */
export const remoteClusterDetailsLocation = (alias: string) =>
  managementLocation(`${KIBANA_REMOTE_CLUSTERS_APP_PATH}/list?cluster=${encodeURIComponent(alias)}`);

export const addRemoteClusterLocation = () => managementLocation(`${KIBANA_REMOTE_CLUSTERS_APP_PATH}/add`);
