import type { KibanaFeatureConfig } from '@kbn/features-plugin/server';
import { API_PRIVILEGES, MANAGEMENT_APP_ID, MANAGEMENT_SECTION_ID, PLUGIN_ID, PLUGIN_NAME } from '../common/constants';

/**
 * The Kibana feature whose privileges guard every route. The routes reach Kubernetes with the
 * plugin's own credentials, so Elasticsearch cannot authorize them: Kibana must.
 */
export const ECK_REMOTE_CLUSTERS_FEATURE: KibanaFeatureConfig = {
  id: PLUGIN_ID,
  name: PLUGIN_NAME,
  description: 'Discover ECK-managed Elasticsearch clusters and connect them as remote clusters.',
  category: { id: 'management', label: 'Management', order: 5000, euiIconType: 'managementApp' },
  app: [],
  management: { [MANAGEMENT_SECTION_ID]: [MANAGEMENT_APP_ID] },
  privileges: {
    all: {
      api: [API_PRIVILEGES.read, API_PRIVILEGES.manage],
      management: { [MANAGEMENT_SECTION_ID]: [MANAGEMENT_APP_ID] },
      savedObject: { all: [], read: [] },
      ui: ['show', 'manage'],
    },
    read: {
      api: [API_PRIVILEGES.read],
      management: { [MANAGEMENT_SECTION_ID]: [MANAGEMENT_APP_ID] },
      savedObject: { all: [], read: [] },
      ui: ['show'],
    },
  },
};
