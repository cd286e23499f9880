import { simpleMatch } from '../simple_match';

/**
 * Elasticsearch compares privileges as automata over action names and index names. The sandbox
 * uses glob patterns instead, which is exact for the shapes real privileges use (a literal, or a
 * prefix followed by `*`) and errs towards "not covered" for anything more exotic.
 */

/** Is every name `specific` can match also matched by `general`? */
export function patternCovers(general: string, specific: string): boolean {
  if (general === specific || general === '*') return true;
  if (!specific.includes('*')) return simpleMatch(general, specific);
  const prefixOnly = general.endsWith('*') && general.indexOf('*') === general.length - 1;
  return prefixOnly && specific.startsWith(general.slice(0, -1));
}

/** Can some name match both patterns? Used for exclusions, where "maybe" must count as "yes". */
function patternsOverlap(a: string, b: string): boolean {
  return patternCovers(a, b) || patternCovers(b, a);
}

/** A named privilege: the actions it grants, minus any it carves out (as `manage` carves out security). */
export interface PrivilegeDefinition {
  readonly name: string;
  readonly actions: readonly string[];
  readonly except?: readonly string[];
}

export function privilegeGrantsAction(privilege: PrivilegeDefinition, action: string): boolean {
  return (
    privilege.actions.some((pattern) => simpleMatch(pattern, action)) &&
    !(privilege.except ?? []).some((pattern) => simpleMatch(pattern, action))
  );
}

/**
 * Is every action of `wanted` granted by at least one of `held`? An exclusion of the held privilege
 * only spoils the answer where `wanted` does not exclude the same actions itself (so `manage`
 * covers `manage`, but not `all`).
 */
export function privilegesCover(held: readonly PrivilegeDefinition[], wanted: PrivilegeDefinition): boolean {
  const wantedExcludes = (pattern: string) => (wanted.except ?? []).some((except) => patternCovers(except, pattern));
  return wanted.actions.every((action) =>
    held.some(
      (privilege) =>
        privilege.actions.some((pattern) => patternCovers(pattern, action)) &&
        !(privilege.except ?? []).some((except) => patternsOverlap(except, action) && !wantedExcludes(except)),
    ),
  );
}

/**
 * Elasticsearch's `sortByAccessLevel`: a privilege that implies more of the others ranks higher,
 * ties broken by name. This is why denial messages read `[monitor,manage,all]`.
 */
export function sortByAccessLevel<T extends PrivilegeDefinition>(privileges: readonly T[]): T[] {
  const impliedCount = new Map(
    privileges.map((privilege) => [
      privilege.name,
      privileges.filter((other) => other !== privilege && privilegesCover([privilege], other)).length,
    ]),
  );
  return [...privileges].sort(
    (a, b) => impliedCount.get(a.name)! - impliedCount.get(b.name)! || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0),
  );
}
