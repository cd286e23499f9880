import { aggregateMessage, type FieldError } from './field_errors';
import { qualifiedResource, type ResourceType } from './resource_types';

/** A `Status` body, the shape the API server answers every error with. */
export interface KubernetesStatus {
  kind: 'Status';
  apiVersion: 'v1';
  metadata: Record<string, never>;
  status: 'Failure';
  message: string;
  reason: string;
  details?: { name?: string; group?: string; kind?: string; causes?: FieldError[] };
  code: number;
}

export const status = (
  code: number,
  reason: string,
  message: string,
  details?: KubernetesStatus['details'],
): KubernetesStatus => ({
  kind: 'Status',
  apiVersion: 'v1',
  metadata: {},
  status: 'Failure',
  message,
  reason,
  ...(details ? { details } : {}),
  code,
});

/** `details` as the API server fills them for an error about one object of a resource type. */
const objectDetails = (type: ResourceType, name?: string) => ({
  ...(name ? { name } : {}),
  ...(type.group ? { group: type.group } : {}),
  kind: type.plural,
});

export const notFound = (type: ResourceType, name: string) =>
  status(404, 'NotFound', `${qualifiedResource(type)} "${name}" not found`, objectDetails(type, name));

export const alreadyExists = (type: ResourceType, name: string) =>
  status(409, 'AlreadyExists', `${qualifiedResource(type)} "${name}" already exists`, objectDetails(type, name));

export const conflict = (type: ResourceType, name: string) =>
  status(
    409,
    'Conflict',
    `Operation cannot be fulfilled on ${qualifiedResource(type)} "${name}": the object has been modified; please apply your changes to the latest version and try again`,
    objectDetails(type, name),
  );

/** What the API server answers for an unknown subresource of a resource it serves. */
export const unknownResource = () => status(404, 'NotFound', 'the server could not find the requested resource', {});

export const unauthorized = () => status(401, 'Unauthorized', 'Unauthorized');

export const badRequest = (message: string) => status(400, 'BadRequest', message);

export const methodNotAllowed = () =>
  status(405, 'MethodNotAllowed', 'the server does not allow this method on the requested resource');

/**
 * 422 with field causes. `subject` is what the message and `details.kind` name: the Kind for
 * validation on create and update ("ConfigMap", "Elasticsearch"), the plural for a few checks made
 * by the generic registry (such as a missing resourceVersion on a custom resource update).
 */
export function invalid(subject: { group: string; kind: string }, name: string, causes: FieldError[]) {
  const qualified = subject.group ? `${subject.kind}.${subject.group}` : subject.kind;
  return status(422, 'Invalid', `${qualified} "${name}" is invalid: ${aggregateMessage(causes)}`, {
    ...(name ? { name } : {}),
    ...(subject.group ? { group: subject.group } : {}),
    kind: subject.kind,
    causes,
  });
}

/** How a JSON patch that cannot be applied is answered: no cause, only the generic 422 message. */
export const patchNotApplicable = () =>
  status(422, 'Invalid', 'the server rejected our request due to an error in our request', {});

/** A PATCH whose Content-Type is not a patch type the resource accepts. */
export const unsupportedPatchType = () => status(415, 'UnsupportedMediaType', '415: Unsupported Media Type', {});

export const unsupportedMediaType = (accepted: string[]) =>
  status(
    415,
    'UnsupportedMediaType',
    `the body of the request was in an unknown format - accepted media types include: ${accepted.join(', ')}`,
  );

export function forbidden(
  user: string,
  verb: string,
  target: { group: string; resource: string; qualified: string },
  namespace: string | undefined,
  name?: string,
) {
  const object = name ? `${target.qualified} "${name}"` : target.qualified;
  const scope = namespace ? `in the namespace "${namespace}"` : 'at the cluster scope';
  const plural = target.resource.split('/')[0];
  return status(
    403,
    'Forbidden',
    `${object} is forbidden: User "${user}" cannot ${verb} resource "${target.resource}" in API group "${target.group}" ${scope}`,
    { ...(name ? { name } : {}), ...(target.group ? { group: target.group } : {}), kind: plural },
  );
}
