/**
 * The sandbox's Elasticsearch: simulated clusters that the unmodified official client can talk to,
 * with a single node, or with the nodes `dev/sandbox/nodes` simulates one by one. Development and
 * test code only; it never ships in the plugin.
 */
export {
  createElasticsearchServer,
  type ElasticsearchServerOptions,
  type SandboxElasticsearch,
} from './create_elasticsearch_server';
export type { ClusterModel, ClusterModelOptions, ClusterIdentity } from './cluster/cluster_model';
export type { ClusterNode, ClusterNodes, RemoteAccess } from './cluster/cluster_nodes';
export type { SourceDocument } from './cluster/index_store';
export type { RemoteConnectionStatus } from './cluster/remote_connection_info';
export type { RequestLog, RequestLogEntry, WriteLogEntry } from './http/request_log';
export { SEED_PASSWORDS, SEED_ROLES, type SeedUsername } from './security/seed_users';
export type { RoleDescriptor, SandboxUser } from './security/users_and_roles';
export type { ApiKeyType, StoredApiKey } from './security/api_keys';
export type { ConnectionFailure, ConnectionFailureCause, NodeLogLine } from './remote_clusters/connection_failure';
export type { ConnectionOutcome, SecurityModel } from './remote_clusters/decide_connection';
