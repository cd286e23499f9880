/** A subset of Kubernetes RBAC: each identity is a static token bound to rules, as with --token-auth-file. */
export interface PolicyRule {
  apiGroups: string[];
  /** `services`, `pods/portforward`, `*`. */
  resources: string[];
  verbs: string[];
  /** Set for rules granted by a namespaced Role binding; absent for ClusterRole bindings. */
  namespaces?: string[];
}

export interface Identity {
  user: string;
  rules: PolicyRule[];
}

export interface AccessRequest {
  verb: string;
  group: string;
  /** The resource, with its subresource as `pods/portforward`. */
  resource: string;
  namespace?: string;
}

const matches = (allowed: string[], value: string) => allowed.includes('*') || allowed.includes(value);

export function isAllowed(rules: PolicyRule[], request: AccessRequest): boolean {
  return rules.some(
    (rule) =>
      matches(rule.apiGroups, request.group) &&
      matches(rule.resources, request.resource) &&
      matches(rule.verbs, request.verb) &&
      (rule.namespaces === undefined ||
        (request.namespace !== undefined && rule.namespaces.includes(request.namespace))),
  );
}

export const CLUSTER_ADMIN_RULES: PolicyRule[] = [{ apiGroups: ['*'], resources: ['*'], verbs: ['*'] }];
