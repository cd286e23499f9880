import type { Logger } from '@kbn/core/server';
import type { EckRemoteClustersConfig } from '../config';
import type { LocalElasticsearchGateway } from '../gateways/elasticsearch/local_elasticsearch_gateway';
import type { KubernetesGateway } from '../gateways/kubernetes/kubernetes_gateway';
import { listManagedKeys } from '../key_lifecycle/list_managed_keys';
import { logKeyWarnings } from '../key_lifecycle/log_key_warnings';
import { checkTransportCas } from './check_transport_cas';
import { logCaFindings } from './log_ca_findings';

/**
 * One background run: the CA-rotation watch and the API keys' expiry, the same checks as the
 * routes, with what needs attention written to the log. One failing does not stop the other.
 */
export async function runCaWatch(deps: {
  config: EckRemoteClustersConfig;
  logger: Logger;
  kubernetes: () => KubernetesGateway;
  local: LocalElasticsearchGateway;
}): Promise<void> {
  const [cas, keys] = await Promise.allSettled([
    checkTransportCas({
      kubernetes: deps.kubernetes,
      local: deps.local,
      namespaces: deps.config.kubernetes.namespaces,
      warningDays: deps.config.caWatch.warningDays,
    }),
    listManagedKeys(deps),
  ]);
  if (cas.status === 'fulfilled') logCaFindings(deps.logger, cas.value);
  else deps.logger.warn(`CA-rotation watch failed: ${(cas.reason as Error).message}`);
  if (keys.status === 'fulfilled') logKeyWarnings(deps.logger, keys.value);
  else deps.logger.warn(`API key lifecycle: the keys could not be listed: ${(keys.reason as Error).message}`);
}
