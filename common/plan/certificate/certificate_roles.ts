import type { CrossClusterAccess } from '../api_key/cross_cluster_api_key';

/** The default role name, the same on both clusters: the remote authorizes by the local user's role names. */
export const certificateRoleName = (alias: string) => `remote-${alias}-certificate`;

const metadata = (alias: string) => ({ managed_by: 'kibana-eck-remote-clusters', remote_cluster_alias: alias });

/**
 * On the ECK cluster, what users with this role may do there: `read` and `read_cross_cluster` on
 * the searched indices; `read_ccr` and `monitor` + `read` on leader indices for replication.
 */
export function remoteRoleBody(alias: string, access: CrossClusterAccess) {
  const search = (access.search ?? []).map((entry) => ({
    names: entry.names,
    privileges: ['read', 'read_cross_cluster', 'view_index_metadata'],
    ...(entry.query ? { query: entry.query } : {}),
    ...(entry.field_security ? { field_security: entry.field_security } : {}),
    ...(entry.allow_restricted_indices !== undefined
      ? { allow_restricted_indices: entry.allow_restricted_indices }
      : {}),
  }));
  const replication = (access.replication ?? []).map((entry) => ({
    names: entry.names,
    privileges: ['monitor', 'read'],
  }));
  return {
    cluster: replication.length > 0 ? ['read_ccr'] : [],
    indices: [...search, ...replication],
    metadata: metadata(alias),
  };
}

/**
 * On the local cluster the role mostly carries the name: in the certificate model the remote
 * checks its own role of that name. Replication also needs `manage_ccr` locally (follower index
 * privileges depend on the follower names, which the admin grants).
 */
export function localCertificateRoleBody(alias: string, access: CrossClusterAccess) {
  return {
    cluster: (access.replication?.length ?? 0) > 0 ? ['manage_ccr'] : [],
    indices: [],
    metadata: metadata(alias),
  };
}

export function describeRemoteGrant(access: CrossClusterAccess): string {
  const search = (access.search ?? []).flatMap((e) => e.names);
  const replication = (access.replication ?? []).flatMap((e) => e.names);
  return [
    search.length ? `search of ${search.join(', ')} (read, read_cross_cluster, view_index_metadata)` : '',
    replication.length ? `replication from ${replication.join(', ')} (read_ccr; monitor, read)` : '',
  ]
    .filter(Boolean)
    .join(' and ');
}
