/** Identifiers shared by the server, the browser app and the manifests. */
export const PLUGIN_ID = 'eckRemoteClusters';
export const PLUGIN_NAME = 'ECK remote clusters';

/** The Stack Management section and app id: our app sits beside Kibana's Remote Clusters (`data/remote_clusters`). */
export const MANAGEMENT_SECTION_ID = 'data';
export const MANAGEMENT_APP_ID = 'eck_remote_clusters';
export const APP_PATH = `/app/management/${MANAGEMENT_SECTION_ID}/${MANAGEMENT_APP_ID}`;

/** Kibana's own Remote Clusters app, which offers no extension point, only deep links. */
export const KIBANA_REMOTE_CLUSTERS_APP_PATH = '/app/management/data/remote_clusters';

export const INTERNAL_API_BASE_PATH = '/internal/eck_remote_clusters';
/** Internal Kibana APIs use integer versions, sent in the `elastic-api-version` header. */
export const INTERNAL_API_VERSION = '1';

/** API privileges granted through the Kibana feature; every route requires one of them. */
export const API_PRIVILEGES = {
  read: 'read_eck_remote_clusters',
  manage: 'manage_eck_remote_clusters',
} as const;
export type ApiPrivilege = (typeof API_PRIVILEGES)[keyof typeof API_PRIVILEGES];
