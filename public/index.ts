import type { PluginInitializerContext } from '@kbn/core/public';
import { EckRemoteClustersPublicPlugin } from './plugin';

export function plugin(initializerContext: PluginInitializerContext) {
  return new EckRemoteClustersPublicPlugin(initializerContext);
}
