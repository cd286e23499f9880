import type { CoreSetup, Logger, Plugin, PluginInitializerContext } from '@kbn/core/server';
import type { FeaturesPluginSetup } from '@kbn/features-plugin/server';
import type { EckRemoteClustersConfig } from './config';
import { ECK_REMOTE_CLUSTERS_FEATURE } from './feature';
import { createLocalElasticsearchGateway } from './gateways/elasticsearch/local_elasticsearch_gateway';
import { createKubernetesGatewayProvider } from './gateways/kubernetes/kubernetes_gateway_provider';
import { registerKibanaRoutes } from './kibana/register_kibana_routes';
import { ROUTES } from './routes';

export interface EckRemoteClustersSetupDeps {
  features: FeaturesPluginSetup;
}

export class EckRemoteClustersServerPlugin implements Plugin<void, void, EckRemoteClustersSetupDeps> {
  private readonly logger: Logger;
  private readonly config: EckRemoteClustersConfig;

  constructor(initializerContext: PluginInitializerContext<EckRemoteClustersConfig>) {
    this.logger = initializerContext.logger.get();
    this.config = initializerContext.config.get();
  }

  setup(core: CoreSetup, { features }: EckRemoteClustersSetupDeps): void {
    features.registerKibanaFeature(ECK_REMOTE_CLUSTERS_FEATURE);
    const { config, logger } = this;
    const kubernetes = createKubernetesGatewayProvider(config);
    registerKibanaRoutes(
      core.http.createRouter(),
      ROUTES,
      async (context) => {
        const { elasticsearch, security } = await context.core;
        return {
          config,
          logger,
          kubernetes,
          audit: ({ action, outcome, message }) =>
            security.audit.logger.log({
              message,
              event: { action, category: ['configuration'], type: ['change'], outcome },
            }),
          localElasticsearch: () =>
            createLocalElasticsearchGateway(elasticsearch.client.asCurrentUser, {
              requestTimeoutMs: config.elasticsearch.requestTimeoutMs,
            }),
        };
      },
      logger,
    );
  }

  start(): void {}
}
