import type { IncomingMessage, ServerResponse } from 'node:http';
import { isStatus, readObjectBody, sendJson, sendStatus } from './http_io';
import { badRequest } from './kubernetes_status';
import { isAllowed, type Identity } from './rbac';

export const SELF_SUBJECT_ACCESS_REVIEW_PATH = '/apis/authorization.k8s.io/v1/selfsubjectaccessreviews';

interface ResourceAttributes {
  namespace?: string;
  verb?: string;
  group?: string;
  resource?: string;
  subresource?: string;
  name?: string;
}

/**
 * "Can I do this?" for the caller (`kubectl auth can-i`): every authenticated user may ask, as
 * `system:basic-user` allows. The answer comes from the same RBAC rules that guard the requests.
 */
export async function serveSelfSubjectAccessReview(
  identity: Identity,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<number> {
  const body = await readObjectBody(request);
  if (isStatus(body)) return sendStatus(response, body);
  const review = body.value as { spec?: { resourceAttributes?: ResourceAttributes } };
  const attributes = review.spec?.resourceAttributes;
  if (!attributes?.verb || !attributes.resource) {
    return sendStatus(response, badRequest('spec.resourceAttributes.verb and .resource are required'));
  }
  const resource = attributes.subresource ? `${attributes.resource}/${attributes.subresource}` : attributes.resource;
  const allowed = isAllowed(identity.rules, {
    verb: attributes.verb,
    group: attributes.group ?? '',
    resource,
    namespace: attributes.namespace || undefined,
  });
  return sendJson(response, 201, {
    apiVersion: 'authorization.k8s.io/v1',
    kind: 'SelfSubjectAccessReview',
    metadata: { creationTimestamp: null },
    spec: review.spec,
    status: allowed ? { allowed: true, reason: "RBAC: allowed by the token's rules" } : { allowed: false },
  });
}
