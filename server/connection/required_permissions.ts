/** One Kubernetes permission the API key flow needs in the ECK cluster's namespace, and why. */
export interface RequiredPermission {
  verb: string;
  group: string;
  resource: string;
  subresource?: string;
}

const ECK_GROUP = 'elasticsearch.k8s.elastic.co';

/** The namespace-scoped half of deploy/kubernetes/cluster-role.yaml that the API key flow uses. */
export const API_KEY_FLOW_PERMISSIONS: readonly RequiredPermission[] = [
  { verb: 'get', group: ECK_GROUP, resource: 'elasticsearches' },
  { verb: 'patch', group: ECK_GROUP, resource: 'elasticsearches' },
  { verb: 'watch', group: ECK_GROUP, resource: 'elasticsearches' },
  { verb: 'list', group: '', resource: 'services' },
  { verb: 'create', group: '', resource: 'services' },
  { verb: 'patch', group: '', resource: 'services' },
  { verb: 'watch', group: '', resource: 'services' },
  { verb: 'get', group: '', resource: 'secrets' },
  { verb: 'list', group: '', resource: 'pods' },
  { verb: 'get', group: '', resource: 'pods', subresource: 'portforward' },
  { verb: 'create', group: '', resource: 'pods', subresource: 'portforward' },
];

/**
 * What the certificate model uses: no Services of its own (ECK exposes its transport Service from
 * `spec.transport.service`), but the ConfigMap of extra transport CAs.
 */
export const CERTIFICATE_FLOW_PERMISSIONS: readonly RequiredPermission[] = [
  ...API_KEY_FLOW_PERMISSIONS.filter((p) => p.verb !== 'watch' && (p.resource !== 'services' || p.verb === 'list')),
  ...(['get', 'create', 'patch'] as const).map((verb) => ({ verb, group: '', resource: 'configmaps' })),
];

export const describePermission = (p: RequiredPermission) =>
  `${p.verb} ${p.subresource ? `${p.resource}/${p.subresource}` : p.resource}${p.group ? `.${p.group}` : ''}`;
