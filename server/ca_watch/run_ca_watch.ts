import type { Logger } from '@kbn/core/server';
import type { EckRemoteClustersConfig } from '../config';
import type { LocalElasticsearchGateway } from '../gateways/elasticsearch/local_elasticsearch_gateway';
import type { KubernetesGateway } from '../gateways/kubernetes/kubernetes_gateway';
import { checkTransportCas } from './check_transport_cas';
import { logCaFindings } from './log_ca_findings';

/** One background run: the same check as the route, with its findings written to the log. */
export async function runCaWatch(deps: {
  config: EckRemoteClustersConfig;
  logger: Logger;
  kubernetes: () => KubernetesGateway;
  local: LocalElasticsearchGateway;
}): Promise<void> {
  const result = await checkTransportCas({
    kubernetes: deps.kubernetes,
    local: deps.local,
    namespaces: deps.config.kubernetes.namespaces,
    warningDays: deps.config.caWatch.warningDays,
  });
  logCaFindings(deps.logger, result);
}
