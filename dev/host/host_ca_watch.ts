import type { Client } from '@elastic/elasticsearch';
import type { Logger } from '@kbn/core/server';
import { startCaWatchInterval } from '../../server/ca_watch/ca_watch_interval';
import { runCaWatch } from '../../server/ca_watch/run_ca_watch';
import type { EckRemoteClustersConfig } from '../../server/config';
import { createLocalElasticsearchGateway } from '../../server/gateways/elasticsearch/local_elasticsearch_gateway';
import type { KubernetesGateway } from '../../server/gateways/kubernetes/kubernetes_gateway';

/**
 * The standalone host's stand-in for Task Manager: the CA-rotation watch on a timer, reading the
 * local cluster with the credentials Kibana's internal user would have (the sandbox's `elastic`).
 */
export function startHostCaWatch(options: {
  config: EckRemoteClustersConfig;
  logger: Logger;
  kubernetes: () => KubernetesGateway;
  /** A client that carries its own credentials; without one the watch runs only when the page asks. */
  internalElasticsearch: Client | undefined;
  intervalMs?: number;
}): { stop(): void } {
  const { internalElasticsearch } = options;
  if (!internalElasticsearch) return { stop: () => undefined };
  const local = createLocalElasticsearchGateway(internalElasticsearch, {
    requestTimeoutMs: options.config.elasticsearch.requestTimeoutMs,
  });
  return startCaWatchInterval({
    run: () => runCaWatch({ config: options.config, logger: options.logger, kubernetes: options.kubernetes, local }),
    intervalMs: options.intervalMs ?? options.config.caWatch.intervalMinutes * 60_000,
    logger: options.logger,
  });
}
