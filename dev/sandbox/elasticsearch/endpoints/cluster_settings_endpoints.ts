import type { estypes } from '@elastic/elasticsearch';
import { versionInfo } from '../cluster/version_info';
import { ElasticsearchError, illegalArgument } from '../http/elasticsearch_error';
import { booleanParam } from '../http/rest_request';
import { applySettingsUpdate } from '../settings/settings_update';
import { flattenSettings, renderSettings, sortSettings, type FlatSettings } from '../settings/settings_tree';
import type { Endpoint } from './endpoint';

const TRANSIENT_DEPRECATION =
  '[transient settings removal] Updating cluster settings through transientSettings is deprecated. Use persistent settings instead.';

/** Static remote-client settings that have a default, shown under `defaults` like Elasticsearch does. */
const NODE_DEFAULTS: FlatSettings = {
  'cluster.remote.connections_per_cluster': '3',
  'cluster.remote.initial_connect_timeout': '30s',
};

/**
 * With `include_defaults`, Elasticsearch lists every setting not set in the cluster state, valued
 * from elasticsearch.yml or its default; this is where remotes defined in elasticsearch.yml show.
 */
function defaultsOf(node: FlatSettings, persistent: FlatSettings, transient: FlatSettings): FlatSettings {
  const candidates = { ...NODE_DEFAULTS, ...node };
  return sortSettings(
    Object.fromEntries(Object.entries(candidates).filter(([key]) => !(key in persistent) && !(key in transient))),
  );
}

const getSettings: Endpoint = {
  method: 'GET',
  path: '/_cluster/settings',
  action: 'cluster:monitor/settings',
  authorization: 'cluster_privilege',
  params: ['flat_settings', 'include_defaults', 'master_timeout', 'timeout', 'local'],
  body: 'none',
  handle({ model, nodes, query }) {
    const flat = booleanParam(query, 'flat_settings');
    const { persistent, transient } = model.clusterSettings;
    const nodeSettings = nodes.coordinating().settings();
    const body: estypes.ClusterGetSettingsResponse = {
      persistent: renderSettings(persistent, flat),
      transient: renderSettings(transient, flat),
      ...(booleanParam(query, 'include_defaults')
        ? { defaults: renderSettings(defaultsOf(nodeSettings, persistent, transient), flat) }
        : {}),
    };
    return { body };
  },
};

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

const putSettings: Endpoint = {
  method: 'PUT',
  path: '/_cluster/settings',
  action: 'cluster:admin/settings/update',
  authorization: 'cluster_privilege',
  params: ['flat_settings', 'master_timeout', 'timeout'],
  body: 'required',
  handle({ model, nodes, query, body }) {
    const source = isObject(body) ? body : {};
    const persistent = flattenSettings(source.persistent);
    const transient = flattenSettings(source.transient);
    if (Object.keys(persistent).length === 0 && Object.keys(transient).length === 0) {
      throw new ElasticsearchError(
        400,
        'action_request_validation_exception',
        'Validation Failed: 1: no settings to update;',
      );
    }
    const outcome = applySettingsUpdate(model.clusterSettings, { persistent, transient });
    if (!outcome.ok) throw illegalArgument(outcome.reason);
    model.replaceClusterSettings(outcome.settings);
    if (outcome.changed) nodes.clusterSettingsChanged();

    const flat = booleanParam(query, 'flat_settings');
    const response: estypes.ClusterPutSettingsResponse = {
      acknowledged: true,
      persistent: renderSettings(outcome.applied.persistent, flat),
      transient: renderSettings(outcome.applied.transient, flat),
    };
    const { number, build_hash } = versionInfo(model.identity.version);
    const headers =
      Object.keys(transient).length > 0
        ? { warning: `299 Elasticsearch-${number}-${build_hash} "${TRANSIENT_DEPRECATION}"` }
        : undefined;
    return { body: response, headers, write: { changed: outcome.changed, detail: { persistent, transient } } };
  },
};

export const CLUSTER_SETTINGS_ENDPOINTS: readonly Endpoint[] = [getSettings, putSettings];
