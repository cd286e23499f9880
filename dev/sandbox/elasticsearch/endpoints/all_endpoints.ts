import { CLUSTER_SETTINGS_ENDPOINTS } from './cluster_settings_endpoints';
import type { Endpoint } from './endpoint';
import { LICENSE_ENDPOINTS } from './license_endpoints';
import { MAIN_ENDPOINTS } from './main_endpoints';
import { REMOTE_INFO_ENDPOINTS } from './remote_info_endpoints';
import { SECURITY_ENDPOINTS } from './security_endpoints';

/** Every REST route the sandbox serves; a new endpoint family is a new file listed here. */
export const ALL_ENDPOINTS: readonly Endpoint[] = [
  ...MAIN_ENDPOINTS,
  ...LICENSE_ENDPOINTS,
  ...CLUSTER_SETTINGS_ENDPOINTS,
  ...REMOTE_INFO_ENDPOINTS,
  ...SECURITY_ENDPOINTS,
];
