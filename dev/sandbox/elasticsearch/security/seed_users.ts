import type { RoleDescriptor, SandboxUser } from './users_and_roles';

/** Passwords of the seed users; override any of them through the server options. */
export const SEED_PASSWORDS = {
  elastic: 'sandbox-elastic-password',
  admin: 'sandbox-admin-password',
  ccs_user: 'sandbox-ccs-user-password',
  nobody: 'sandbox-nobody-password',
} as const;

export type SeedUsername = keyof typeof SEED_PASSWORDS;

/** Roles of the seed users, besides the built-in `superuser`. */
export const SEED_ROLES: Readonly<Record<string, RoleDescriptor>> = {
  // Enough to configure remote clusters on the local cluster: `PUT /_cluster/settings` needs `manage`.
  cluster_admin: { cluster: ['manage'] },
  // What the documentation grants a cross-cluster search user under the API key model: local read,
  // and `remote_indices` that the remote intersects with the cross-cluster API key.
  cross_cluster_search: {
    cluster: [],
    indices: [{ names: ['logs-*'], privileges: ['read'] }],
    remote_indices: [
      { clusters: ['*'], names: ['logs-*'], privileges: ['read', 'read_cross_cluster', 'view_index_metadata'] },
    ],
  },
};

export function seedUsers(passwords: Partial<Record<SeedUsername, string>> = {}): SandboxUser[] {
  const password = (username: SeedUsername) => passwords[username] ?? SEED_PASSWORDS[username];
  return [
    {
      username: 'elastic',
      password: password('elastic'),
      roles: ['superuser'],
      realm: 'reserved',
      metadata: { _reserved: true },
    },
    { username: 'admin', password: password('admin'), roles: ['cluster_admin'], full_name: 'Sandbox administrator' },
    {
      username: 'ccs_user',
      password: password('ccs_user'),
      roles: ['cross_cluster_search'],
      full_name: 'Cross-cluster searcher',
    },
    { username: 'nobody', password: password('nobody'), roles: [] },
  ];
}
