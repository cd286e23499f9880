/**
 * The sandbox's self-managed local cluster: simulated nodes with real files (elasticsearch.yml, a
 * keystore, certificates), the connection model that decides whether each remote connects, and the
 * control endpoint and CLI through which an admin's manual steps are carried out as written.
 */
export {
  createSelfManagedCluster,
  type SelfManagedCluster,
  type SelfManagedClusterOptions,
} from './self_managed_cluster';
export type { NodeStatus, SelfManagedNode } from './self_managed_node';
export { createNodeActions, NodeActionError, type NodeActions, type NodeSummary } from './node_actions';
export { startNodeControlServer, type NodeControlServer } from './control_server';
export {
  CONTROL_URL_ENV,
  controlUrlFrom,
  STATE_FILE_ENV,
  stateFilePath,
  writeSandboxState,
  type SandboxState,
} from './control_state';
export { LOCAL_TRANSPORT_CA_SUBJECT, TRANSPORT_CA_FILE } from './node_home';
