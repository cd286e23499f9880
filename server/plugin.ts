import type { CoreSetup, CoreStart, Logger, Plugin, PluginInitializerContext } from '@kbn/core/server';
import type { FeaturesPluginSetup } from '@kbn/features-plugin/server';
import type { TaskManagerSetupContract, TaskManagerStartContract } from '@kbn/task-manager-plugin/server';
import { registerCaWatchTask, scheduleCaWatchTask } from './ca_watch/ca_watch_task';
import { runCaWatch } from './ca_watch/run_ca_watch';
import type { EckRemoteClustersConfig } from './config';
import { ECK_REMOTE_CLUSTERS_FEATURE } from './feature';
import { createLocalElasticsearchGateway } from './gateways/elasticsearch/local_elasticsearch_gateway';
import { createKubernetesGatewayProvider } from './gateways/kubernetes/kubernetes_gateway_provider';
import { registerKibanaRoutes } from './kibana/register_kibana_routes';
import { ROUTES } from './routes';

export interface EckRemoteClustersSetupDeps {
  features: FeaturesPluginSetup;
  /** Optional: without it, the CA-rotation watch runs only when the overview page asks. */
  taskManager?: TaskManagerSetupContract;
}

export interface EckRemoteClustersStartDeps {
  taskManager?: TaskManagerStartContract;
}

export class EckRemoteClustersServerPlugin implements Plugin<
  void,
  void,
  EckRemoteClustersSetupDeps,
  EckRemoteClustersStartDeps
> {
  private readonly logger: Logger;
  private readonly config: EckRemoteClustersConfig;

  constructor(initializerContext: PluginInitializerContext<EckRemoteClustersConfig>) {
    this.logger = initializerContext.logger.get();
    this.config = initializerContext.config.get();
  }

  setup(core: CoreSetup<EckRemoteClustersStartDeps>, { features, taskManager }: EckRemoteClustersSetupDeps): void {
    features.registerKibanaFeature(ECK_REMOTE_CLUSTERS_FEATURE);
    const { config, logger } = this;
    const kubernetes = createKubernetesGatewayProvider(config);
    if (taskManager) {
      // A background task has no user: it reads the local cluster as Kibana's internal user (`monitor`).
      registerCaWatchTask(taskManager, async () => {
        const [coreStart] = await core.getStartServices();
        const local = createLocalElasticsearchGateway(coreStart.elasticsearch.client.asInternalUser, {
          requestTimeoutMs: config.elasticsearch.requestTimeoutMs,
        });
        await runCaWatch({ config, logger: logger.get('ca_watch'), kubernetes, local });
      });
    }
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

  start(_core: CoreStart, { taskManager }: EckRemoteClustersStartDeps): void {
    if (taskManager) void scheduleCaWatchTask(taskManager, this.config.caWatch.intervalMinutes, this.logger);
  }
}
