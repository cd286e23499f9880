import type { PluginConfigDescriptor, PluginInitializerContext } from '@kbn/core/server';
import type { EckRemoteClustersConfig } from './config';
import { configSchema } from './config_schema';

// Nothing is exposed to the browser: Kubernetes credentials and paths stay on the server.
export const config: PluginConfigDescriptor<EckRemoteClustersConfig> = {
  schema: configSchema,
};

export const plugin = async (initializerContext: PluginInitializerContext<EckRemoteClustersConfig>) => {
  const { EckRemoteClustersServerPlugin } = await import('./plugin');
  return new EckRemoteClustersServerPlugin(initializerContext);
};
