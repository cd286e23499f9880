import {
  AuthorizationV1Api,
  CoreV1Api,
  CustomObjectsApi,
  type KubeConfig,
  Observable,
  type V1ConfigMap,
  type ObservableMiddleware,
  type V1Pod,
  type V1Secret,
  type V1Service,
} from '@kubernetes/client-node';
import { ECK_API, ECK_LABELS } from '../../../common/eck/eck_names';
import type { ElasticsearchResource } from './eck_resource';
import { toKubernetesPluginError, type KubernetesOperation } from './kubernetes_errors';
import type { NamespaceScope } from './namespace_scope';
import { openTunnel, type Tunnel } from './port_forward_tunnel';
import { apiConfiguration } from './reused_connections';
import { watchCollection, type WatchedChange } from './resource_watch';
import type { RequiredPermission } from '../../connection/required_permissions';

/** The Kubernetes calls the plugin makes. Lists are single calls per scope, never one get per object. */
export interface KubernetesGateway {
  listElasticsearches(scope: NamespaceScope): Promise<ElasticsearchResource[]>;
  listServices(scope: NamespaceScope, labelSelector: string): Promise<V1Service[]>;
  /** `null` when it does not exist. */
  getElasticsearch(namespace: string, name: string): Promise<ElasticsearchResource | null>;
  getSecret(namespace: string, name: string): Promise<V1Secret | null>;
  /** A JSON merge patch; returns the object as stored, which a CRD's schema may have pruned. */
  mergePatchElasticsearch(namespace: string, name: string, patch: unknown): Promise<ElasticsearchResource>;
  /** The same patch as a server-side dry run: what would be stored, with nothing written. */
  dryRunMergePatchElasticsearch(namespace: string, name: string, patch: unknown): Promise<ElasticsearchResource>;
  createService(namespace: string, service: V1Service): Promise<V1Service>;
  mergePatchService(namespace: string, name: string, patch: unknown): Promise<V1Service>;
  /** `null` when it does not exist. The certificate model's extra transport CAs live in one. */
  getConfigMap(namespace: string, name: string): Promise<V1ConfigMap | null>;
  createConfigMap(namespace: string, configMap: V1ConfigMap): Promise<V1ConfigMap>;
  /** A JSON merge patch; with `metadata.resourceVersion` in the patch, a concurrent change fails it (409). */
  mergePatchConfigMap(namespace: string, name: string, patch: unknown): Promise<V1ConfigMap>;
  listPods(namespace: string, labelSelector: string): Promise<V1Pod[]>;
  /** A port-forward to a pod, for one request's duration. */
  openTunnel(namespace: string, pod: string, port: number): Promise<Tunnel>;
  /** Asks the API server which of these the plugin may do in the namespace (SelfSubjectAccessReview). */
  reviewAccess(namespace: string, permissions: readonly RequiredPermission[]): Promise<boolean[]>;
  /** Follows one ECK cluster and its Services with watches until `signal` aborts. */
  watchEckCluster(
    namespace: string,
    name: string,
    onChange: (change: WatchedChange) => void,
    signal: AbortSignal,
    onRefused?: (message: string) => void,
  ): void;
}

export interface KubernetesGatewayOptions {
  requestTimeoutMs: number;
}

/** Aborts a request that the API server has not answered within the configured timeout. */
function timeoutMiddleware(timeoutMs: number): ObservableMiddleware {
  return {
    pre: (context) => {
      context.setSignal(AbortSignal.timeout(timeoutMs));
      return new Observable(Promise.resolve(context));
    },
    post: (context) => new Observable(Promise.resolve(context)),
  };
}

/** client-node sends patches as JSON patch unless told otherwise. */
const mergePatchContentType: ObservableMiddleware = {
  pre: (context) => {
    context.setHeaderParam('Content-Type', 'application/merge-patch+json');
    return new Observable(Promise.resolve(context));
  },
  post: (context) => new Observable(Promise.resolve(context)),
};

const isNotFound = (error: unknown) => (error as { code?: unknown })?.code === 404;

export function createKubernetesGateway(kubeConfig: KubeConfig, options: KubernetesGatewayOptions): KubernetesGateway {
  const configuration = apiConfiguration(kubeConfig);
  const customObjects = new CustomObjectsApi(configuration);
  const core = new CoreV1Api(configuration);
  const authorization = new AuthorizationV1Api(configuration);
  const callOptions = {
    middleware: [timeoutMiddleware(options.requestTimeoutMs)],
    middlewareMergeStrategy: 'append' as const,
  };
  const mergePatchOptions = { ...callOptions, middleware: [...callOptions.middleware, mergePatchContentType] };

  async function call<T>(operation: KubernetesOperation, request: () => Promise<T>): Promise<T> {
    try {
      return await request();
    } catch (error) {
      throw toKubernetesPluginError(error, operation);
    }
  }

  /** A read whose absence is an answer, not an error. */
  async function readOrNull<T>(operation: KubernetesOperation, request: () => Promise<T>): Promise<T | null> {
    try {
      return await request();
    } catch (error) {
      if (isNotFound(error)) return null;
      throw toKubernetesPluginError(error, operation);
    }
  }

  async function inScope<T>(scope: NamespaceScope, all: () => Promise<T[]>, one: (namespace: string) => Promise<T[]>) {
    if (scope.all) return all();
    const lists = await Promise.all(scope.namespaces.map(one));
    return lists.flat();
  }

  return {
    listElasticsearches(scope) {
      const operation = { verb: 'list', resource: ECK_API.plural };
      const items = (list: unknown) => (list as { items?: ElasticsearchResource[] }).items ?? [];
      return inScope(
        scope,
        () => call(operation, () => customObjects.listClusterCustomObject({ ...ECK_API }, callOptions).then(items)),
        (namespace) =>
          call(operation, () =>
            customObjects.listNamespacedCustomObject({ ...ECK_API, namespace }, callOptions).then(items),
          ),
      );
    },

    listServices(scope, labelSelector) {
      const operation = { verb: 'list', resource: 'services' };
      return inScope(
        scope,
        () =>
          call(operation, () => core.listServiceForAllNamespaces({ labelSelector }, callOptions).then((l) => l.items)),
        (namespace) =>
          call(operation, () =>
            core.listNamespacedService({ namespace, labelSelector }, callOptions).then((l) => l.items),
          ),
      );
    },

    getElasticsearch(namespace, name) {
      return readOrNull({ verb: 'get', resource: ECK_API.plural }, () =>
        customObjects.getNamespacedCustomObject({ ...ECK_API, namespace, name }, callOptions),
      ) as Promise<ElasticsearchResource | null>;
    },

    getSecret(namespace, name) {
      return readOrNull({ verb: 'get', resource: 'secrets' }, () =>
        core.readNamespacedSecret({ namespace, name }, callOptions),
      );
    },

    mergePatchElasticsearch(namespace, name, patch) {
      return call({ verb: 'patch', resource: ECK_API.plural }, () =>
        customObjects.patchNamespacedCustomObject(
          { ...ECK_API, namespace, name, body: patch as object },
          mergePatchOptions,
        ),
      ) as Promise<ElasticsearchResource>;
    },

    dryRunMergePatchElasticsearch(namespace, name, patch) {
      return call({ verb: 'patch', resource: ECK_API.plural }, () =>
        customObjects.patchNamespacedCustomObject(
          { ...ECK_API, namespace, name, body: patch as object, dryRun: 'All' },
          mergePatchOptions,
        ),
      ) as Promise<ElasticsearchResource>;
    },

    createService(namespace, service) {
      return call({ verb: 'create', resource: 'services' }, () =>
        core.createNamespacedService({ namespace, body: service }, callOptions),
      );
    },

    mergePatchService(namespace, name, patch) {
      return call({ verb: 'patch', resource: 'services' }, () =>
        core.patchNamespacedService({ namespace, name, body: patch as object }, mergePatchOptions),
      );
    },

    getConfigMap(namespace, name) {
      return readOrNull({ verb: 'get', resource: 'configmaps' }, () =>
        core.readNamespacedConfigMap({ namespace, name }, callOptions),
      );
    },

    createConfigMap(namespace, configMap) {
      return call({ verb: 'create', resource: 'configmaps' }, () =>
        core.createNamespacedConfigMap({ namespace, body: configMap }, callOptions),
      );
    },

    mergePatchConfigMap(namespace, name, patch) {
      return call({ verb: 'patch', resource: 'configmaps' }, () =>
        core.patchNamespacedConfigMap({ namespace, name, body: patch as object }, mergePatchOptions),
      );
    },

    listPods(namespace, labelSelector) {
      return call({ verb: 'list', resource: 'pods' }, () =>
        core.listNamespacedPod({ namespace, labelSelector }, callOptions).then((list) => list.items),
      );
    },

    openTunnel(namespace, pod, port) {
      return call({ verb: 'create', resource: 'pods/portforward' }, () => openTunnel(kubeConfig, namespace, pod, port));
    },

    watchEckCluster(namespace, name, onChange, signal, onRefused) {
      const eckPath = `/apis/${ECK_API.group}/${ECK_API.version}/namespaces/${namespace}/${ECK_API.plural}`;
      // Field selectors would narrow this to one object; filtering here keeps to what every API server serves.
      watchCollection(
        kubeConfig,
        eckPath,
        undefined,
        (change) => change.name === name && onChange(change),
        signal,
        onRefused,
      );
      watchCollection(
        kubeConfig,
        `/api/v1/namespaces/${namespace}/services`,
        `${ECK_LABELS.clusterName}=${name}`,
        onChange,
        signal,
        onRefused,
      );
    },

    reviewAccess(namespace, permissions) {
      return Promise.all(
        permissions.map((permission) =>
          call({ verb: 'create', resource: 'selfsubjectaccessreviews' }, () =>
            authorization.createSelfSubjectAccessReview(
              { body: { spec: { resourceAttributes: { namespace, ...permission } } } },
              callOptions,
            ),
          ).then((review) => review.status?.allowed === true),
        ),
      );
    },
  };
}
