import type { estypes } from '@elastic/elasticsearch';

/** The parts of a role the sandbox understands; the same shape `PUT /_security/role` takes. */
export type RoleDescriptor = Pick<
  estypes.SecurityRoleDescriptor,
  'cluster' | 'indices' | 'remote_indices' | 'remote_cluster' | 'applications' | 'run_as' | 'metadata' | 'description'
>;

/** The realm that authenticates a user: `elastic` lives in the reserved realm, the others in the native one. */
export type RealmKind = 'reserved' | 'native';

export interface SandboxUser {
  readonly username: string;
  /** Kept in clear: this is a sandbox, and tests need to log in with it. */
  readonly password: string;
  readonly roles: readonly string[];
  readonly full_name?: string | null;
  readonly email?: string | null;
  readonly metadata?: Record<string, unknown>;
  readonly enabled?: boolean;
  readonly realm?: RealmKind;
}

/** `superuser` is built into Elasticsearch: it grants everything, restricted indices included. */
export const BUILT_IN_ROLES: Readonly<Record<string, RoleDescriptor>> = {
  superuser: {
    cluster: ['all'],
    indices: [{ names: ['*'], privileges: ['all'], allow_restricted_indices: true }],
    applications: [{ application: '*', privileges: ['*'], resources: ['*'] }],
    run_as: ['*'],
    remote_indices: [{ clusters: ['*'], names: ['*'], privileges: ['all'], allow_restricted_indices: true }],
    remote_cluster: [{ clusters: ['*'], privileges: ['monitor_enrich', 'monitor_stats'] }],
    metadata: { _reserved: true },
  },
};

export interface EffectiveRoles {
  /** Sorted, as Elasticsearch prints them in denial messages. */
  readonly names: readonly string[];
  readonly descriptors: readonly RoleDescriptor[];
  /** Roles assigned to the user that do not exist; Elasticsearch skips them and says so. */
  readonly missing: readonly string[];
}

export function resolveRoles(assigned: readonly string[], roles: ReadonlyMap<string, RoleDescriptor>): EffectiveRoles {
  const unique = [...new Set(assigned)].sort();
  const names = unique.filter((name) => roles.has(name));
  return {
    names,
    descriptors: names.map((name) => roles.get(name)!),
    missing: unique.filter((name) => !roles.has(name)),
  };
}

export function realmOf(user: SandboxUser): estypes.SecurityRealmInfo {
  return user.realm === 'reserved'
    ? { name: 'reserved', type: 'reserved' }
    : { name: 'default_native', type: 'native' };
}

/** Roles given inline, as an API key carries them: every one exists by construction. */
export function inlineRoles(descriptors: Readonly<Record<string, RoleDescriptor>>): EffectiveRoles {
  const names = Object.keys(descriptors).sort();
  return { names, descriptors: names.map((name) => descriptors[name]), missing: [] };
}
