/**
 * One catalogue of failures: routes return them, the UI explains them, the docs list them.
 * Each entry says what went wrong in plain words and how to fix it.
 */
export const ERROR_CATALOGUE = {
  INVALID_REQUEST: {
    statusCode: 400,
    title: 'The request is not valid',
    fix: 'Correct the field named in the message and try again.',
  },
  NAMESPACE_NOT_ALLOWED: {
    statusCode: 400,
    title: 'This namespace is not in the allow-list',
    fix: 'Add the namespace to eck_remote_clusters.kubernetes.namespaces in kibana.yml, or pick an allowed namespace.',
  },
  FORBIDDEN: {
    statusCode: 403,
    title: 'You are not allowed to do this',
    fix: 'Ask an administrator for the ECK remote clusters Kibana privilege this action needs.',
  },
  KUBERNETES_NOT_CONFIGURED: {
    statusCode: 503,
    title: 'No Kubernetes connection is configured',
    fix: 'Set eck_remote_clusters.kubernetes.kubeconfig (and optionally context), or run Kibana in the cluster with inCluster: true.',
  },
  KUBERNETES_UNREACHABLE: {
    statusCode: 502,
    title: 'The Kubernetes API server cannot be reached',
    fix: 'Check the server address in the kubeconfig, the network path from the Kibana host, and that the API server is up.',
  },
  KUBERNETES_UNAUTHORIZED: {
    statusCode: 502,
    title: 'The Kubernetes API server rejected the plugin credentials',
    fix: 'Renew the token or certificate in the kubeconfig or service account that Kibana uses.',
  },
  KUBERNETES_FORBIDDEN: {
    statusCode: 502,
    title: 'The plugin is not permitted to do this in Kubernetes',
    fix: 'Bind the Role or ClusterRole shipped in deploy/kubernetes/ to the identity Kibana uses.',
  },
  KUBERNETES_TIMEOUT: {
    statusCode: 504,
    title: 'The Kubernetes API server did not answer in time',
    fix: 'Check the API server load and the network; raise eck_remote_clusters.kubernetes.requestTimeoutMs if it is slow.',
  },
  KUBERNETES_ERROR: {
    statusCode: 502,
    title: 'The Kubernetes API server returned an error',
    fix: 'Read the message from the API server; retry once the cause is fixed.',
  },
  KUBERNETES_CONFLICT: {
    statusCode: 409,
    title: 'Kubernetes reports a conflicting change',
    fix: 'Someone changed the same object at the same time, or it already exists: look at the plan again and retry.',
  },
  ECK_CRD_MISSING: {
    statusCode: 502,
    title: 'ECK is not installed in this Kubernetes cluster',
    fix: 'Install the ECK operator and its CRDs (elasticsearches.elasticsearch.k8s.elastic.co), or point Kibana at the cluster that runs ECK.',
  },
  ECK_CLUSTER_NOT_FOUND: {
    statusCode: 404,
    title: 'The ECK cluster does not exist',
    fix: 'Check the namespace and name; the overview lists the ECK clusters the plugin can see.',
  },
  ECK_CLUSTER_UNAVAILABLE: {
    statusCode: 502,
    title: "The ECK cluster's REST API cannot be reached",
    fix: 'Check that the cluster has a ready pod and that the plugin may port-forward to it (pods/portforward get and create).',
  },
  ECK_FIELD_PRUNED: {
    statusCode: 409,
    title: 'Kubernetes dropped a field the operator needs',
    fix: 'Upgrade the ECK CRDs (and operator) to 3.3 or later, or expose the remote cluster server with a separate Service.',
  },
  STEP_NOT_READY: {
    statusCode: 409,
    title: 'This step cannot be applied yet',
    fix: 'Complete the earlier steps first; the plan says what each one waits for.',
  },
  ELASTICSEARCH_UNREACHABLE: {
    statusCode: 502,
    title: 'The local Elasticsearch cluster cannot be reached',
    fix: 'Check that Elasticsearch is running and that Kibana (or --es-url) points at it.',
  },
  ELASTICSEARCH_UNAUTHORIZED: {
    statusCode: 401,
    title: 'Elasticsearch did not accept your credentials',
    fix: 'Log in again with a valid Elasticsearch user.',
  },
  ELASTICSEARCH_FORBIDDEN: {
    statusCode: 403,
    title: 'Your Elasticsearch user lacks a privilege for this',
    fix: 'Ask an administrator for the cluster privilege named in the message.',
  },
  ELASTICSEARCH_TIMEOUT: {
    statusCode: 504,
    title: 'The local Elasticsearch cluster did not answer in time',
    fix: 'Check the cluster health and load, then retry.',
  },
  INTERNAL_ERROR: {
    statusCode: 500,
    title: 'Something unexpected went wrong',
    fix: 'Retry; if it happens again, the Kibana server log has the details.',
  },
  REMOTE_CLUSTER_NOT_FOUND: {
    statusCode: 404,
    title: 'The local cluster has no remote cluster with this alias',
    fix: 'Check the alias; the overview lists the remote clusters of the local cluster.',
  },
  ELASTICSEARCH_ERROR: {
    statusCode: 502,
    title: 'Elasticsearch returned an error',
    fix: 'Read the message from Elasticsearch; retry once the cause is fixed.',
  },
  API_KEY_NOT_ORPHAN: {
    statusCode: 409,
    title: 'This cross-cluster API key is not an orphan',
    fix: 'Only keys made for an alias the local cluster no longer has can be invalidated here; rotate a key that is in use instead.',
  },
} as const satisfies Record<string, { statusCode: number; title: string; fix: string }>;

export type ErrorCode = keyof typeof ERROR_CATALOGUE;
