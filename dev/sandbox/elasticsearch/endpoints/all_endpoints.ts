import { API_KEY_ENDPOINTS } from './api_key_endpoints';
import { CLUSTER_SETTINGS_ENDPOINTS } from './cluster_settings_endpoints';
import { CROSS_CLUSTER_API_KEY_ENDPOINTS } from './cross_cluster_api_key_endpoints';
import type { Endpoint } from './endpoint';
import { LICENSE_ENDPOINTS } from './license_endpoints';
import { MAIN_ENDPOINTS } from './main_endpoints';
import { NODES_ENDPOINTS } from './nodes_endpoints';
import { REMOTE_INFO_ENDPOINTS } from './remote_info_endpoints';
import { RESOLVE_CLUSTER_ENDPOINTS } from './resolve_cluster_endpoints';
import { RESOLVE_INDEX_ENDPOINTS } from './resolve_index_endpoints';
import { ROLE_ENDPOINTS } from './role_endpoints';
import { SEARCH_ENDPOINTS } from './search_endpoints';
import { SECURITY_ENDPOINTS } from './security_endpoints';
import { USER_PRIVILEGES_ENDPOINTS } from './user_privileges_endpoints';

/** Every REST route the sandbox serves; a new endpoint family is a new file listed here. */
export const ALL_ENDPOINTS: readonly Endpoint[] = [
  ...MAIN_ENDPOINTS,
  ...LICENSE_ENDPOINTS,
  ...CLUSTER_SETTINGS_ENDPOINTS,
  ...REMOTE_INFO_ENDPOINTS,
  ...SECURITY_ENDPOINTS,
  ...USER_PRIVILEGES_ENDPOINTS,
  ...ROLE_ENDPOINTS,
  ...API_KEY_ENDPOINTS,
  ...CROSS_CLUSTER_API_KEY_ENDPOINTS,
  ...NODES_ENDPOINTS,
  ...RESOLVE_CLUSTER_ENDPOINTS,
  ...RESOLVE_INDEX_ENDPOINTS,
  ...SEARCH_ENDPOINTS,
];
