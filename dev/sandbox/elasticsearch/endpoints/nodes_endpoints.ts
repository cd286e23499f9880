import type { estypes } from '@elastic/elasticsearch';
import type { ClusterNode, ClusterNodes } from '../cluster/cluster_nodes';
import { parseVersion, versionInfo } from '../cluster/version_info';
import { booleanParam } from '../http/rest_request';
import { renderSettings, type FlatSettings } from '../settings/settings_tree';
import { simpleMatch } from '../simple_match';
import type { Endpoint } from './endpoint';

/** `_all`, `_local`, or node names and ids (wildcards allowed), comma-separated. */
function selectNodes(nodes: ClusterNodes, spec: string | undefined): ClusterNode[] {
  if (!spec || spec === '_all') return nodes.running();
  const parts = spec.split(',');
  return nodes
    .running()
    .filter((node) =>
      parts.some((part) =>
        part === '_local' ? node === nodes.coordinating() : simpleMatch(part, node.name) || part === node.id,
      ),
    );
}

function summary(total: number): estypes.NodeStatistics {
  return { total, successful: total, failed: 0 };
}

const reloadSecureSettings: Endpoint = {
  method: 'POST',
  path: '/_nodes/reload_secure_settings',
  action: 'cluster:admin/nodes/reload_secure_settings',
  authorization: 'cluster_privilege',
  params: ['timeout'],
  body: 'optional',
  async handle({ model, nodes, pathParams, body }) {
    const password = (body as { secure_settings_password?: string } | undefined)?.secure_settings_password;
    const selected = selectNodes(nodes, pathParams.node_id);
    // Each node answers for itself: a failure is a `reload_exception` in an otherwise successful 200.
    const results = await Promise.all(selected.map((node) => node.reloadSecureSettings(password)));
    const response: estypes.NodesReloadSecureSettingsResponse = {
      _nodes: summary(selected.length),
      cluster_name: model.identity.name,
      nodes: Object.fromEntries(selected.map((node, i) => [node.id, results[i]])),
    };
    const failures = results.filter((result) => result.reload_exception).length;
    return {
      body: response,
      write: { changed: failures < results.length, detail: { nodes: selected.length, failures } },
    };
  },
};

// `Property.Filtered`: every SSL setting but `enabled` is withheld from the nodes info API.
const isFiltered = (key: string) => /\.ssl\./.test(key) && !key.endsWith('.ssl.enabled');

function visibleSettings(node: ClusterNode, clusterName: string): FlatSettings {
  const own = Object.fromEntries(Object.entries(node.settings()).filter(([key]) => !isFiltered(key)));
  return {
    'client.type': 'node',
    'cluster.name': clusterName,
    'http.type.default': 'netty4',
    'node.name': node.name,
    'transport.type.default': 'netty4',
    ...own,
  };
}

/** Metrics this sandbox answers; `/_nodes/<x>` means the metric `x` when `x` is one, as in Elasticsearch. */
const METRICS = new Set(['_none', '_all', 'settings']);

/**
 * `/_nodes`, `/_nodes/<nodes>`, `/_nodes/<metrics>` and `/_nodes/<nodes>/<metrics>`: which nodes,
 * and whether their settings are shown (only the `settings` metric is modelled; the others are empty).
 */
function nodesInfoTarget(pathParams: Record<string, string | undefined>) {
  let nodeSpec = pathParams.node_id;
  let metric = pathParams.metric;
  if (metric === undefined && nodeSpec !== undefined && nodeSpec.split(',').every((part) => METRICS.has(part))) {
    metric = nodeSpec;
    nodeSpec = undefined;
  }
  const metrics = (metric ?? '_all').split(',');
  return { nodeSpec, withSettings: metrics.includes('settings') || metrics.includes('_all') };
}

const nodesSettings: Endpoint = {
  method: 'GET',
  path: '/_nodes/settings',
  action: 'cluster:monitor/nodes/info',
  authorization: 'cluster_privilege',
  params: ['flat_settings', 'timeout', 'master_timeout'],
  body: 'none',
  handle({ model, nodes, pathParams, query }) {
    const { nodeSpec, withSettings } = nodesInfoTarget(pathParams);
    const selected = selectNodes(nodes, nodeSpec);
    const version = versionInfo(model.identity.version);
    const flat = booleanParam(query, 'flat_settings');
    const { major, minor, patch } = parseVersion(model.identity.version);
    const versionId = major * 1_000_000 + minor * 1_000 + patch;
    const [host] = selected[0]?.transportAddress.split(':') ?? ['127.0.0.1'];
    const info = (node: ClusterNode): estypes.NodesInfoNodeInfo => ({
      name: node.name,
      transport_address: node.transportAddress,
      host,
      ip: host,
      version: version.number,
      // Opaque ids in Elasticsearch; derived from the release here, so they order as releases do.
      transport_version: versionId,
      index_version: versionId,
      component_versions: {},
      build_flavor: version.build_flavor,
      build_type: version.build_type,
      build_hash: version.build_hash,
      roles: [...node.roles].sort() as estypes.NodeRoles,
      attributes: {},
      // The specification types a few well-known settings; Elasticsearch writes every visible one.
      ...(withSettings
        ? {
            settings: renderSettings(
              visibleSettings(node, model.identity.name),
              flat,
            ) as unknown as estypes.NodesInfoNodeInfoSettings,
          }
        : {}),
    });
    const response: estypes.NodesInfoResponse = {
      _nodes: summary(selected.length),
      cluster_name: model.identity.name,
      nodes: Object.fromEntries(selected.map((node) => [node.id, info(node)])),
    };
    return { body: response };
  },
};

const sslCertificates: Endpoint = {
  method: 'GET',
  path: '/_ssl/certificates',
  action: 'cluster:monitor/xpack/ssl/certificates/get',
  authorization: 'cluster_privilege',
  body: 'none',
  handle({ nodes }) {
    // Answered by the node that handles the request, from the files its SSL contexts loaded.
    const response: estypes.SslCertificatesResponse = nodes.coordinating().sslCertificates();
    return { body: response };
  },
};

export const NODES_ENDPOINTS: readonly Endpoint[] = [
  reloadSecureSettings,
  { ...reloadSecureSettings, path: '/_nodes/{node_id}/reload_secure_settings' },
  nodesSettings,
  { ...nodesSettings, path: '/_nodes/{node_id}/settings' },
  { ...nodesSettings, path: '/_nodes' },
  { ...nodesSettings, path: '/_nodes/{node_id}' },
  { ...nodesSettings, path: '/_nodes/{node_id}/{metric}' },
  sslCertificates,
];
