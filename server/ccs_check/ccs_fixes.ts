/** What the documentation grants a cross-cluster search user under the API key model. */
export const CCS_REMOTE_PRIVILEGES = ['read', 'read_cross_cluster', 'view_index_metadata'];

const parts = (indexPattern: string) => indexPattern.split(',');

export function roleEntryFix(alias: string, names: string[]): string {
  const entry = { clusters: [alias], names, privileges: CCS_REMOTE_PRIVILEGES };
  return (
    'An administrator adds this entry to one of your roles (Stack Management → Roles, or PUT /_security/role/<role>):\n' +
    JSON.stringify({ remote_indices: [entry] }, null, 2)
  );
}

export function apiKeyFix(keyId: string, keyOwner: string | undefined, indexPattern: string): string {
  const body = { access: { search: [{ names: parts(indexPattern) }] } };
  return (
    `On the remote cluster, the owner of the cross-cluster API key ${keyId}${keyOwner ? ` (${keyOwner})` : ''} widens its access. ` +
    'The update replaces the access entirely, so keep the names it already grants:\n' +
    `PUT /_security/cross_cluster/api_key/${keyId}\n${JSON.stringify(body, null, 2)}`
  );
}

export function remoteRoleFix(roles: string, indexPattern: string): string {
  return (
    `Certificate model: the remote cluster authorizes you by role name. On the remote cluster, give the role(s) [${roles}] ` +
    `the index privileges read and view_index_metadata on ${parts(indexPattern).join(', ')}.`
  );
}

export const CONNECTION_FIX =
  'The remote cluster is not reachable from the local cluster: an administrator can press Reconnect on the overview page and look at the connection there.';

export const ALIAS_FIX =
  'Use an alias of a configured remote cluster; an administrator sees them on the overview page (GET _remote/info).';

export function noMatchFix(alias: string, roleCovers: boolean): string {
  const base = `Check the pattern against the index names on ${alias}.`;
  return roleCovers
    ? `${base} If indices by that name exist, the cross-cluster API key's access may exclude them (the effective access is the key's access and your role's remote_indices together); an administrator compares the key's access.search names with this pattern.`
    : base;
}
