import { sameCertificate } from '../certificate_identity';
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
}): PlanStep<'trust_ca_on_local_nodes'> {
  const id = 'trust_ca_on_local_nodes' as const;
  if (input.caStep.status !== 'done' || !input.eck.transportCa) return blockedBy(id, TITLE, input.caStep);
  const eckCa = input.eck.transportCa.certificates[0];
  const wanted = { subject: eckCa.subject, serial: eckCa.serialNumber };
  const trustedBy = input.trusted.ok
    ? new Set(
        input.trusted.value
          .filter((c) => sameCertificate({ subject: c.subjectDn, serial: c.serialNumber }, wanted))
          .map((c) => c.node),
      )
    : new Set<string>();
  const checkedNodes = input.trusted.ok ? new Set(input.trusted.value.map((c) => c.node)) : new Set<string>();
  // `_ssl/certificates` answers for the node that handles the request only: other nodes cannot be
  // checked through the REST API. They are named, never claimed.
  const missing = input.nodes.filter((node) => checkedNodes.has(node) && !trustedBy.has(node));
  const unchecked = input.nodes.filter((node) => !checkedNodes.has(node));
  const evidence = [...trustedBy].map((node) => ({
    subject: `_ssl/certificates on ${node}`,
    value: `trusts ${eckCa.subject} (serial ${eckCa.serialNumber})`,
    source: 'local_elasticsearch' as const,
  }));
  const uncheckedWarning = unchecked.length
    ? [
        `Not checked: ${unchecked.join(', ')}. Elasticsearch reports trusted certificates only for the node that answers; make sure the file and the lines are on every node.`,
      ]
    : [];
  if (input.nodes.length > 0 && trustedBy.size > 0 && missing.length === 0) {
    return step(id, TITLE, 'done', `The checked nodes trust ${eckCa.subject}.`, {
      evidence,
      warnings: uncheckedWarning,
    });
  }

  const file = caFileName(input.eck);
  const pending = missing.length > 0 ? [...missing, ...unchecked] : input.nodes;
  const reason =
    input.nodes.length === 0
      ? 'The local nodes could not be listed, so no node can be confirmed: do this on every node.'
      : missing.length > 0
        ? `Not yet trusted on: ${missing.join(', ')}.`
        : 'No node could be checked: do this on every node.';
  return step(id, TITLE, 'manual', reason, {
    evidence,
    instructions: {
      commands: [],
      files: [{ path: `config/${file}`, content: input.eck.transportCa.pem }],
      settings: [
        'xpack.security.remote_cluster_client.ssl.enabled: true',
        `xpack.security.remote_cluster_client.ssl.certificate_authorities: [ "${file}" ]`,
      ],
      pendingNodes: pending,
      notes: [
        'Place the file on every node and add the lines to elasticsearch.yml; then restart the nodes one at a time (a rolling restart): the setting is static.',
        'When ECK renews its CA (yearly by default), write the new ca.crt to the same file: Elasticsearch reloads it within seconds, without a restart.',
        ...(input.trusted.ok ? [] : [`The nodes' trusted certificates could not be read: ${input.trusted.error}`]),
        ...uncheckedWarning,
      ],
    },
  });
}
