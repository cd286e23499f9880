import { nodeTrust } from '../node_trust';
import type { Observed, ObservedEckCluster, ObservedTrustedCertificate } from '../observation';
import type { PlanStep } from '../plan_types';
import { blockedBy, step } from '../step_helpers';

const TITLE = "Trust the ECK cluster's CA on every local node";

export const caFileName = (eck: Pick<ObservedEckCluster, 'namespace' | 'name'>) =>
  `certs/eck-${eck.namespace}-${eck.name}-ca.crt`;

/**
 * The CA goes into a file on every node and `xpack.security.remote_cluster_client.ssl.certificate_authorities`,
 * a static setting: the first time needs a rolling restart. Later CA refreshes only rewrite the
 * same file, which Elasticsearch reloads within seconds.
 */
export function trustCaStep(input: {
  eck: ObservedEckCluster;
  nodes: string[];
  trusted: Observed<ObservedTrustedCertificate[]>;
  caStep: PlanStep;
  /**
   * Count only this step's own file: after the certificate model, the transport layer already
   * trusts the same CA, and `_ssl/certificates` does not say which context a file belongs to.
   */
  ownFileOnly?: boolean;
}): PlanStep<'trust_ca_on_local_nodes'> {
  const id = 'trust_ca_on_local_nodes' as const;
  if (input.caStep.status !== 'done' || !input.eck.transportCa) return blockedBy(id, TITLE, input.caStep);
  const eckCa = input.eck.transportCa.certificates[0];
  const trust = nodeTrust(input.nodes, input.trusted, eckCa, input.ownFileOnly ? caFileName(input.eck) : undefined);
  const { evidence, uncheckedNote: uncheckedWarning } = trust;
  if (trust.done) {
    return step(id, TITLE, 'done', `The checked nodes trust ${eckCa.subject}.`, {
      evidence,
      warnings: uncheckedWarning,
    });
  }

  const file = caFileName(input.eck);
  return step(id, TITLE, 'manual', trust.notDoneReason, {
    evidence,
    instructions: {
      commands: [],
      files: [{ path: `config/${file}`, content: input.eck.transportCa.pem }],
      settings: [
        'xpack.security.remote_cluster_client.ssl.enabled: true',
        `xpack.security.remote_cluster_client.ssl.certificate_authorities: [ "${file}" ]`,
      ],
      pendingNodes: trust.pendingNodes,
      runOn: 'every_local_node',
      notes: [
        'Place the file on every node and add the lines to elasticsearch.yml; then restart the nodes one at a time (a rolling restart): the setting is static.',
        'When ECK renews its CA (yearly by default), write the new ca.crt to the same file: Elasticsearch reloads it within seconds, without a restart.',
        ...(input.trusted.ok ? [] : [`The nodes' trusted certificates could not be read: ${input.trusted.error}`]),
        ...uncheckedWarning,
      ],
    },
  });
}
