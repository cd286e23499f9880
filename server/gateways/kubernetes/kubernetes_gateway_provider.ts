import { isPluginError, PluginError } from '../../../common/errors/plugin_error';
import type { EckRemoteClustersConfig } from '../../config';
import { loadKubeConfig } from './kube_config';
import { createKubernetesGateway, type KubernetesGateway } from './kubernetes_gateway';

/**
 * Loads the kubeconfig once, at start-up, and hands out the gateway; when the connection is not
 * usable, every call throws the same catalogued error instead of the plugin failing to start.
 */
export function createKubernetesGatewayProvider(config: EckRemoteClustersConfig): () => KubernetesGateway {
  let gateway: KubernetesGateway | undefined;
  let failure: PluginError | undefined;
  try {
    gateway = createKubernetesGateway(loadKubeConfig(config.kubernetes), {
      requestTimeoutMs: config.kubernetes.requestTimeoutMs,
    });
  } catch (error) {
    failure = isPluginError(error)
      ? error
      : new PluginError('KUBERNETES_NOT_CONFIGURED', 'The Kubernetes connection could not be set up');
  }
  return () => {
    if (failure) throw failure;
    return gateway as KubernetesGateway;
  };
}
