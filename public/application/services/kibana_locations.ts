import { KIBANA_REMOTE_CLUSTERS_APP_PATH, MANAGEMENT_APP_ID, MANAGEMENT_SECTION_ID } from '../../../common/constants';

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

/**
 * Kibana's form that adds a remote cluster. With `returnTo` (a path of this app, without a query:
 * Remote Clusters appends `?cluster=<alias>` to it), saving or cancelling comes back here.
 */
export function addRemoteClusterLocation(returnTo?: string): KibanaLocation {
  const redirect = returnTo
    ? `?redirect=${encodeURIComponent(`/${MANAGEMENT_SECTION_ID}/${MANAGEMENT_APP_ID}${returnTo}`)}`
    : '';
  return managementLocation(`${KIBANA_REMOTE_CLUSTERS_APP_PATH}/add${redirect}`);
}
