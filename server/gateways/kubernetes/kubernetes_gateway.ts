import {
  CoreV1Api,
  CustomObjectsApi,
  type KubeConfig,
  Observable,
  type ObservableMiddleware,
  type V1Service,
} from '@kubernetes/client-node';
import { ECK_API } from '../../../common/eck/eck_names';
import type { ElasticsearchResource } from './eck_resource';
import { toKubernetesPluginError, type KubernetesOperation } from './kubernetes_errors';
import type { NamespaceScope } from './namespace_scope';

/** The Kubernetes calls the plugin makes. Lists are single calls per scope, never one get per object. */
export interface KubernetesGateway {
  listElasticsearches(scope: NamespaceScope): Promise<ElasticsearchResource[]>;
  listServices(scope: NamespaceScope, labelSelector: string): Promise<V1Service[]>;
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

export function createKubernetesGateway(kubeConfig: KubeConfig, options: KubernetesGatewayOptions): KubernetesGateway {
  const customObjects = kubeConfig.makeApiClient(CustomObjectsApi);
  const core = kubeConfig.makeApiClient(CoreV1Api);
  const callOptions = {
    middleware: [timeoutMiddleware(options.requestTimeoutMs)],
    middlewareMergeStrategy: 'append' as const,
  };

  async function call<T>(operation: KubernetesOperation, request: () => Promise<T>): Promise<T> {
    try {
      return await request();
    } catch (error) {
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
  };
}
