import type { NameRule } from './object_names';
import type { ResourceType } from './resource_types';

/** How each served kind is handled beyond plain storage, as its registry strategy in kube-apiserver says. */
export interface KindRules {
  nameRule: NameRule;
  /** `metadata.generation` is kept and bumped on changes outside metadata and status. */
  tracksGeneration: boolean;
  /** Built-in kinds accept strategic merge patch; custom resources do not. */
  builtIn: boolean;
}

const NAME_RULES: Record<string, NameRule> = { Namespace: 'namespace', Service: 'dns1035Label' };

export function rulesFor(type: ResourceType): KindRules {
  const builtIn = type.group === '';
  return {
    nameRule: NAME_RULES[type.kind] ?? 'dns1123Subdomain',
    // Pods track generation since Kubernetes 1.33 (PodObservedGenerationTracking).
    tracksGeneration: !builtIn || type.kind === 'Pod',
    builtIn,
  };
}

/** The patch Content-Types a resource accepts, in the order the 415 message lists them. */
export function patchTypesFor(type: ResourceType): string[] {
  const common = ['application/json-patch+json', 'application/merge-patch+json'];
  return rulesFor(type).builtIn
    ? [...common, 'application/strategic-merge-patch+json', 'application/apply-patch+yaml']
    : [...common, 'application/apply-patch+yaml'];
}
