import { qualifiedResource, type ResourceType } from './resource_types';

/** A `Status` body, the shape the API server answers every error with. */
export interface KubernetesStatus {
  kind: 'Status';
  apiVersion: 'v1';
  metadata: Record<string, never>;
  status: 'Failure';
  message: string;
  reason: string;
  details?: { name?: string; group?: string; kind?: string };
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

export const notFound = (type: ResourceType, name: string) =>
  status(404, 'NotFound', `${qualifiedResource(type)} "${name}" not found`, {
    name,
    ...(type.group ? { group: type.group } : {}),
    kind: type.plural,
  });

/** What the API server answers for a path it has no handler for, such as a resource whose CRD is missing. */
export const unknownResource = () => status(404, 'NotFound', 'the server could not find the requested resource');

export const unauthorized = () => status(401, 'Unauthorized', 'Unauthorized');

export function forbidden(
  user: string,
  verb: string,
  type: ResourceType,
  namespace: string | undefined,
  name?: string,
) {
  const target = name ? ` "${name}"` : '';
  const scope = namespace ? `in the namespace "${namespace}"` : 'at the cluster scope';
  return status(
    403,
    'Forbidden',
    `${qualifiedResource(type)}${target} is forbidden: User "${user}" cannot ${verb} resource "${type.plural}" in API group "${type.group}" ${scope}`,
    { ...(name ? { name } : {}), ...(type.group ? { group: type.group } : {}), kind: type.plural },
  );
}
