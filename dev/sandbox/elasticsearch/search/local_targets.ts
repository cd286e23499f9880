import type { ClusterModel } from '../cluster/cluster_model';
import { securityException } from '../http/elasticsearch_error';
import type { AuthenticatedSubject } from '../security/authenticate_request';
import {
  groupsGrant,
  indexActionDenied,
  localIndexGroups,
  resolveTargets,
  type ResolvedTargets,
} from '../security/index_authorization';

/** The local part of an index expression, authorized against the caller's `indices` (and an API key's owner's). */
export function resolveLocalTargets(
  model: ClusterModel,
  subject: AuthenticatedSubject,
  patterns: readonly string[],
  action: string,
): ResolvedTargets {
  const own = localIndexGroups(subject.roles.descriptors);
  const bound = subject.limitedBy ? localIndexGroups(subject.limitedBy.descriptors) : undefined;
  const granted = (index: string) => groupsGrant(own, action, index) && (!bound || groupsGrant(bound, action, index));
  const targets = resolveTargets(patterns, model.indices.names(), granted);
  if (targets.unauthorized.length > 0) {
    throw securityException(403, indexActionDenied(subject.username, subject.roles, action, targets.unauthorized));
  }
  return targets;
}
