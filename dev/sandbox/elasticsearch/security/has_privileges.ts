import type { estypes } from '@elastic/elasticsearch';
import { clusterPrivilegesOf, type SecuritySubject } from './authorize_cluster_action';
import { resolveClusterPrivilege, unknownClusterPrivilegeReason } from './cluster_privileges';
import { resolveIndexPrivilege, unknownIndexPrivilegeReason } from './index_privileges';
import { patternCovers, privilegesCover, type PrivilegeDefinition } from './privilege_patterns';
import type { RoleDescriptor } from './users_and_roles';

export interface HasPrivilegesCheck {
  readonly cluster?: readonly string[];
  readonly index?: readonly { readonly names: string | readonly string[]; readonly privileges: readonly string[] }[];
  readonly application?: readonly {
    readonly application: string;
    readonly privileges: readonly string[];
    readonly resources: readonly string[];
  }[];
}

/** An unknown privilege name is a 400 `illegal_argument_exception` in Elasticsearch. */
export type HasPrivilegesOutcome =
  | { readonly ok: true; readonly response: estypes.SecurityHasPrivilegesResponse }
  | { readonly ok: false; readonly reason: string };

function asList(value: string | readonly string[] | undefined): readonly string[] {
  if (value === undefined) return [];
  return typeof value === 'string' ? [value] : value;
}

/** Privileges the roles hold on every index `name` can match (restricted indices are not modelled). */
function indexPrivilegesOn(descriptors: readonly RoleDescriptor[], name: string): PrivilegeDefinition[] {
  return descriptors
    .flatMap((descriptor) => descriptor.indices ?? [])
    .filter((group) => asList(group.names).some((pattern) => patternCovers(pattern, name)))
    .flatMap((group) => group.privileges.map((privilege) => resolveIndexPrivilege(privilege)))
    .filter((privilege): privilege is PrivilegeDefinition => privilege !== undefined);
}

function hasApplicationPrivilege(
  descriptors: readonly RoleDescriptor[],
  application: string,
  privilege: string,
  resource: string,
): boolean {
  return descriptors
    .flatMap((descriptor) => descriptor.applications ?? [])
    .some(
      (entry) =>
        patternCovers(entry.application, application) &&
        entry.privileges.some((held) => patternCovers(held, privilege)) &&
        entry.resources.some((held) => patternCovers(held, resource)),
    );
}

/**
 * `_has_privileges` for the calling user. Like Elasticsearch, it answers for local privileges only:
 * `remote_indices` cannot be checked this way.
 */
export function checkPrivileges(subject: SecuritySubject, check: HasPrivilegesCheck): HasPrivilegesOutcome {
  const own = checkPrivilegesOf(subject.username, subject.roles.descriptors, check);
  if (!own.ok || !subject.limitedBy) return own;
  // An API key holds a privilege only if its owner's roles hold it too.
  const bound = checkPrivilegesOf(subject.username, subject.limitedBy.descriptors, check);
  if (!bound.ok) return bound;
  return { ok: true, response: intersect(own.response, bound.response) };
}

function intersect(
  a: estypes.SecurityHasPrivilegesResponse,
  b: estypes.SecurityHasPrivilegesResponse,
): estypes.SecurityHasPrivilegesResponse {
  const both = (x: unknown, y: unknown): unknown =>
    typeof x === 'boolean'
      ? x && y === true
      : Object.fromEntries(
          Object.entries(x as Record<string, unknown>).map(([k, v]) => [k, both(v, (y as Record<string, unknown>)[k])]),
        );
  const cluster = both(a.cluster, b.cluster) as Record<string, boolean>;
  const index = both(a.index, b.index) as Record<string, Record<string, boolean>>;
  const application = both(a.application, b.application) as estypes.SecurityHasPrivilegesApplicationsPrivileges;
  const answers = JSON.stringify([cluster, index, application]);
  return { username: a.username, has_all_requested: !answers.includes('false'), cluster, index, application };
}

function checkPrivilegesOf(
  username: string,
  descriptors: readonly RoleDescriptor[],
  check: HasPrivilegesCheck,
): HasPrivilegesOutcome {
  const heldCluster = clusterPrivilegesOf(descriptors);
  const cluster: Record<string, boolean> = {};
  for (const name of check.cluster ?? []) {
    const wanted = resolveClusterPrivilege(name);
    if (!wanted) return { ok: false, reason: unknownClusterPrivilegeReason(name) };
    cluster[name] = privilegesCover(heldCluster, wanted);
  }

  const index: Record<string, Record<string, boolean>> = {};
  for (const entry of check.index ?? []) {
    for (const name of asList(entry.names)) {
      const held = indexPrivilegesOn(descriptors, name);
      for (const privilegeName of entry.privileges) {
        const wanted = resolveIndexPrivilege(privilegeName);
        if (!wanted) return { ok: false, reason: unknownIndexPrivilegeReason(privilegeName) };
        index[name] = { ...index[name], [privilegeName]: privilegesCover(held, wanted) };
      }
    }
  }

  const application: estypes.SecurityHasPrivilegesApplicationsPrivileges = {};
  for (const entry of check.application ?? []) {
    const resources = (application[entry.application] ??= {});
    for (const resource of entry.resources) {
      for (const privilege of entry.privileges) {
        resources[resource] = {
          ...resources[resource],
          [privilege]: hasApplicationPrivilege(descriptors, entry.application, privilege, resource),
        };
      }
    }
  }

  const answers = [
    ...Object.values(cluster),
    ...Object.values(index).flatMap((privileges) => Object.values(privileges)),
    ...Object.values(application).flatMap((resources) => Object.values(resources).flatMap((p) => Object.values(p))),
  ];
  return {
    ok: true,
    response: { username, has_all_requested: answers.every(Boolean), cluster, index, application },
  };
}
