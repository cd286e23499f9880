import type { LocalTransportTlsFacts } from '../../api/certificate_connection';
import { nodeTrust } from '../node_trust';
import type { Observed, ObservedEckCluster, ObservedTrustedCertificate } from '../observation';
import type { ManualInstructions, PlanStep } from '../plan_types';
import { blockedBy, step } from '../step_helpers';

const TITLE = "Trust the ECK cluster's transport CA on every local node";
const ID = 'trust_eck_ca_on_local_nodes' as const;
const SETTING = 'xpack.security.transport.ssl.certificate_authorities';
const PEM_FILE = /\.(crt|pem|cer)$/i;

/**
 * Not the API key model's file (`caFileName`): `_ssl/certificates` does not say which TLS context
 * loaded a file, so each context gets its own, and a migration can tell them apart.
 */
export const transportCaFileName = (eck: Pick<ObservedEckCluster, 'namespace' | 'name'>) =>
  `certs/eck-${eck.namespace}-${eck.name}-transport-ca.crt`;

/** The alias of the ECK CA in a PKCS#12 truststore, per cluster so that several ECK remotes can coexist. */
export const truststoreAlias = (eck: Pick<ObservedEckCluster, 'namespace' | 'name'>) =>
  `eck-${eck.namespace}-${eck.name}-transport-ca`;

/**
 * The CA files the transport layer already trusts, kept in the new list: PEM files without a key
 * (a node's own certificate has one). The node APIs withhold the setting itself.
 */
function currentCaFiles(trusted: Observed<ObservedTrustedCertificate[]>, file: string): string[] {
  if (!trusted.ok) return [];
  const withKey = new Set(trusted.value.filter((c) => c.hasPrivateKey).map((c) => c.path));
  return [...new Set(trusted.value.map((c) => c.path))].filter(
    (p) => PEM_FILE.test(p) && !withKey.has(p) && p !== file,
  );
}

function pemInstructions(eck: ObservedEckCluster, trusted: Observed<ObservedTrustedCertificate[]>) {
  const file = transportCaFileName(eck);
  const current = currentCaFiles(trusted, file);
  const list = [...current, file].map((p) => `"${p}"`).join(', ');
  return {
    commands: [],
    files: [{ path: `config/${file}`, content: eck.transportCa!.pem }],
    settings: [`${SETTING}: [ ${list} ]`],
    notes: [
      `Replace the existing ${SETTING} line with this one: it keeps the CAs the transport layer trusts now${current.length ? ` (${current.join(', ')})` : ''} and adds the ECK CA.`,
      'The setting is static: restart the nodes one at a time (a rolling restart) once every node has the file and the line.',
    ],
  };
}

function truststoreInstructions(eck: ObservedEckCluster, truststorePath: string) {
  const file = transportCaFileName(eck);
  return {
    commands: [
      `jdk/bin/keytool -importcert -noprompt -trustcacerts -alias ${truststoreAlias(eck)} -file config/${file} ` +
        `-keystore config/${truststorePath} -storetype PKCS12 ` +
        `-storepass "$(bin/elasticsearch-keystore show xpack.security.transport.ssl.truststore.secure_password)"`,
    ],
    files: [{ path: `config/${file}`, content: eck.transportCa!.pem }],
    settings: [],
    notes: [
      `The transport layer uses a PKCS#12 truststore (${truststorePath}), as security auto-configuration writes; ${SETTING} cannot be combined with truststore.path, so the ECK CA is imported into the truststore instead.`,
      'keytool comes with the JDK bundled in Elasticsearch (jdk/bin/keytool). Then restart the nodes one at a time (a rolling restart).',
    ],
  };
}

/**
 * The local nodes must trust the ECK transport CA (`ca.crt` of `<name>-es-transport-certs-public`)
 * on the transport layer: a PEM file in `certificate_authorities`, or an import into the PKCS#12
 * truststore on auto-configured clusters. A restart is needed; each node is checked through
 * `_ssl/certificates` where it can be.
 */
export function trustEckCaStep(input: {
  eck: ObservedEckCluster;
  nodes: string[];
  trusted: Observed<ObservedTrustedCertificate[]>;
  tls: LocalTransportTlsFacts & { truststorePath: string | null };
  preflight: PlanStep;
}): PlanStep<typeof ID> {
  const { eck } = input;
  if (input.preflight.status !== 'done') return blockedBy(ID, TITLE, input.preflight);
  if (!eck.transportCa) {
    return step(
      ID,
      TITLE,
      'waiting',
      `ECK has not written ${eck.name}-es-transport-certs-public yet: the cluster is still being created.`,
      { waitingFor: `the Secret ${eck.name}-es-transport-certs-public` },
    );
  }
  const trust = nodeTrust(input.nodes, input.trusted, eck.transportCa.certificates[0]);
  if (trust.done) {
    return step(ID, TITLE, 'done', `The checked nodes trust ${eck.transportCa.certificates[0].subject}.`, {
      evidence: trust.evidence,
      warnings: trust.uncheckedNote,
    });
  }
  if (!input.tls.style) {
    return step(
      ID,
      TITLE,
      'blocked',
      'Answer how the local transport layer trusts CAs (PEM certificate_authorities or a PKCS#12 truststore): the instructions differ.',
      { evidence: trust.evidence },
    );
  }
  const how =
    input.tls.style === 'pem'
      ? pemInstructions(eck, input.trusted)
      : truststoreInstructions(eck, input.tls.truststorePath ?? 'certs/transport.p12');
  const instructions: ManualInstructions = {
    ...how,
    pendingNodes: trust.pendingNodes,
    runOn: 'every_local_node',
    notes: [
      ...how.notes,
      'When ECK renews its CA (yearly by default), trust the new one the same way before the old one expires.',
      ...(input.trusted.ok ? [] : [`The nodes' trusted certificates could not be read: ${input.trusted.error}`]),
      ...trust.uncheckedNote,
    ],
  };
  return step(ID, TITLE, 'manual', trust.notDoneReason, {
    evidence: trust.evidence,
    instructions,
    warnings: ['Each node restarts once: do it one node at a time so the cluster stays available.'],
  });
}
