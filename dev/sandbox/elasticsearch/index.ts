/**
 * The sandbox's Elasticsearch: a single simulated node that the unmodified official client can talk
 * to. Development and test code only; it never ships in the plugin.
 */
export {
  createElasticsearchServer,
  type ElasticsearchServerOptions,
  type SandboxElasticsearch,
} from './create_elasticsearch_server';
export type { ClusterModel, ClusterModelOptions, ClusterIdentity } from './cluster/cluster_model';
export type { RemoteConnectionStatus } from './cluster/remote_connection_info';
export type { RequestLog, RequestLogEntry, WriteLogEntry } from './http/request_log';
export { SEED_PASSWORDS, SEED_ROLES, type SeedUsername } from './security/seed_users';
export type { RoleDescriptor, SandboxUser } from './security/users_and_roles';
