import { KubeConfig } from '@kubernetes/client-node';
import { PluginError } from '../../../common/errors/plugin_error';
import type { KubernetesConnectionConfig } from '../../config';

/**
 * Loads the Kubernetes connection like kubectl does: an explicit kubeconfig file, the pod's service
 * account, or KUBECONFIG then ~/.kube/config. Errors name the file and context but never echo the
 * file's content, which holds credentials.
 */
export function loadKubeConfig(options: KubernetesConnectionConfig): KubeConfig {
  const kubeConfig = new KubeConfig();
  if (options.inCluster) {
    kubeConfig.loadFromCluster();
  } else if (options.kubeconfig) {
    try {
      kubeConfig.loadFromFile(options.kubeconfig);
    } catch (error) {
      const reason = (error as { code?: string }).code === 'ENOENT' ? 'does not exist' : 'is not a valid kubeconfig';
      throw new PluginError('KUBERNETES_NOT_CONFIGURED', `The kubeconfig file ${options.kubeconfig} ${reason}`);
    }
  } else {
    try {
      kubeConfig.loadFromDefault();
    } catch {
      throw new PluginError(
        'KUBERNETES_NOT_CONFIGURED',
        'The default kubeconfig (KUBECONFIG or ~/.kube/config) is not valid',
      );
    }
  }
  if (options.context) {
    if (!kubeConfig.getContextObject(options.context)) {
      throw new PluginError('KUBERNETES_NOT_CONFIGURED', `The kubeconfig has no context named ${options.context}`);
    }
    kubeConfig.setCurrentContext(options.context);
  }
  if (!kubeConfig.getCurrentCluster()) {
    throw new PluginError('KUBERNETES_NOT_CONFIGURED', 'The kubeconfig names no cluster for its current context');
  }
  return kubeConfig;
}
