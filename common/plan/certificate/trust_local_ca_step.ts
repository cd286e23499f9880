import { sameCertificate } from '../certificate_identity';
import { elasticsearchMergePatch, kubectlCreate, kubectlMergePatch } from '../kubectl_commands';
import type { CertificateSummary, Observed, ObservedEckCluster, ObservedTrustedCertificate } from '../observation';
import type { Evidence, PlannedChange, PlanStep } from '../plan_types';
import { blockedBy, kubernetesEvidence, step } from '../step_helpers';
import type { LocalCaCertificate, ObservedCaConfigMap, ObservedEckTransport } from './certificate_observation';

const TITLE = 'Make the ECK cluster trust the local transport CA';
const ID = 'trust_local_ca_on_eck' as const;

/** The ConfigMap the plugin creates when the cluster references none. */
export const defaultCaConfigMapName = (cluster: string) => `${cluster}-remote-ca`;

/** Marks what the plugin created, so an admin can tell it from their own objects. */
export const PLUGIN_MANAGED_LABEL = { 'app.kubernetes.io/managed-by': 'kibana-eck-remote-clusters' };

const toIdentity = (c: Pick<CertificateSummary, 'subject' | 'serialNumber'>) => ({
  subject: c.subject,
  serial: c.serialNumber,
});
const contains = (bundle: CertificateSummary[], certificate: Pick<CertificateSummary, 'subject' | 'serialNumber'>) =>
  bundle.some((c) => sameCertificate(toIdentity(c), toIdentity(certificate)));

/** Which ConfigMap to use: the one the resource references (its CAs are kept), else the chosen or default name. */
export function caConfigMapName(
  eck: Pick<ObservedEckCluster, 'name'>,
  transport: ObservedEckTransport,
  chosen: string | undefined,
): string {
  return transport.configMapName ?? chosen ?? defaultCaConfigMapName(eck.name);
}

/** A local CA already in ECK's bundle, recognised without a paste: one the local nodes trust, not ECK's own. */
function trustedLocalCaInBundle(eck: ObservedEckCluster, trusted: Observed<ObservedTrustedCertificate[]>) {
  if (!trusted.ok || !eck.transportCa) return undefined;
  const extra = eck.transportCa.certificates.slice(1);
  return trusted.value
    .filter((c) => !c.hasPrivateKey)
    .find((c) => contains(extra, { subject: c.subjectDn, serialNumber: c.serialNumber }));
}

const withNewline = (pem: string) => (pem.endsWith('\n') ? pem : `${pem}\n`);

function configMapChange(
  eck: ObservedEckCluster,
  name: string,
  existing: ObservedCaConfigMap | null,
  localCa: LocalCaCertificate,
): PlannedChange {
  if (!existing) {
    const object = {
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: { namespace: eck.namespace, name, labels: PLUGIN_MANAGED_LABEL },
      data: { 'ca.crt': withNewline(localCa.pem) },
    };
    return { kind: 'kubernetes_create', object, command: kubectlCreate(object) };
  }
  // The CAs already there stay: other clusters may depend on them. The resourceVersion makes a
  // concurrent edit fail the patch instead of being overwritten.
  const merged = existing.caCrt
    ? `${withNewline(existing.caCrt)}${withNewline(localCa.pem)}`
    : withNewline(localCa.pem);
  const patch = {
    metadata: existing.resourceVersion ? { resourceVersion: existing.resourceVersion } : {},
    data: { 'ca.crt': merged },
  };
  return {
    kind: 'kubernetes_patch',
    resource: { apiVersion: 'v1', kind: 'ConfigMap', namespace: eck.namespace, name },
    patchType: 'merge',
    patch,
    command: kubectlMergePatch('configmap', eck.namespace, name, { data: patch.data }),
  };
}

export const certificateAuthoritiesPatch = (configMapName: string) => ({
  spec: { transport: { tls: { certificateAuthorities: { configMapName } } } },
});

/**
 * ECK trusts extra transport CAs from a ConfigMap (key `ca.crt`) named in
 * `spec.transport.tls.certificateAuthorities.configMapName`, and merges them into every node's
 * trust and into `<name>-es-transport-certs-public`, which is how the step knows it took effect.
 */
export function trustLocalCaStep(input: {
  eck: ObservedEckCluster;
  transport: ObservedEckTransport;
  configMap: ObservedCaConfigMap | null;
  localCa: LocalCaCertificate | null;
  chosenConfigMapName: string | undefined;
  trusted: Observed<ObservedTrustedCertificate[]>;
  preflight: PlanStep;
}): PlanStep<typeof ID> {
  const { eck, transport, localCa } = input;
  if (input.preflight.status !== 'done') return blockedBy(ID, TITLE, input.preflight);
  const bundle = eck.transportCa?.certificates ?? [];
  const publicSecret = `${eck.name}-es-transport-certs-public`;
  const evidence: Evidence[] = [
    kubernetesEvidence('spec.transport.tls.certificateAuthorities.configMapName', transport.configMapName ?? 'unset'),
    kubernetesEvidence(`${publicSecret} ca.crt`, bundle.map((c) => c.subject).join('; ') || 'absent'),
  ];

  if (localCa) {
    evidence.push({
      subject: 'local transport CA (given)',
      value: `${localCa.summary.subject}, serial ${localCa.summary.serialNumber}, valid until ${localCa.summary.validTo}`,
      source: 'local_elasticsearch',
    });
    if (contains(bundle, localCa.summary)) {
      return step(ID, TITLE, 'done', `ECK trusts ${localCa.summary.subject}: it is in ${publicSecret}.`, { evidence });
    }
  } else {
    const recognised = trustedLocalCaInBundle(eck, input.trusted);
    if (recognised) {
      return step(ID, TITLE, 'done', `ECK trusts ${recognised.subjectDn}, which the local nodes trust.`, { evidence });
    }
    return step(
      ID,
      TITLE,
      'blocked',
      "Paste or upload the local transport CA certificate (only the certificate: never its private key): the CA that signed the local nodes' transport certificates.",
      {
        evidence,
        warnings: [
          'On a cluster set up by security auto-configuration, extract it with: openssl pkcs12 -in config/certs/transport.p12 -nokeys -cacerts',
        ],
      },
    );
  }

  const name = caConfigMapName(eck, transport, input.chosenConfigMapName);
  const warnings =
    transport.configMapName && input.chosenConfigMapName && input.chosenConfigMapName !== transport.configMapName
      ? [
          `The cluster already trusts the CAs in the ConfigMap ${transport.configMapName}: the local CA is added there, and its CAs are kept.`,
        ]
      : [];
  const inConfigMap = input.configMap !== null && contains(input.configMap.certificates, localCa.summary);
  evidence.push(
    kubernetesEvidence(
      `ConfigMap ${name}`,
      input.configMap ? input.configMap.certificates.map((c) => c.subject).join('; ') || 'no ca.crt' : 'absent',
    ),
  );
  if (inConfigMap && transport.configMapName === name) {
    return step(ID, TITLE, 'waiting', `Waiting for ECK to add ${localCa.summary.subject} to ${publicSecret}.`, {
      evidence,
      waitingFor: `ECK to update ${publicSecret}`,
    });
  }
  const changes: PlannedChange[] = [];
  if (!inConfigMap) changes.push(configMapChange(eck, name, input.configMap, localCa));
  // The ConfigMap first: a reference to a missing ConfigMap fails ECK's reconciliation.
  if (transport.configMapName !== name) changes.push(elasticsearchMergePatch(eck, certificateAuthoritiesPatch(name)));
  return step(
    ID,
    TITLE,
    'ready',
    `The ConfigMap ${name} ${input.configMap ? 'gets' : 'is created with'} the local CA${transport.configMapName === name ? '' : ', and the cluster is told to trust it'}.`,
    {
      evidence,
      changes,
      warnings: [
        ...warnings,
        'ECK adds the CA to the trust of every node; Elasticsearch reloads the changed file, so no restart is expected.',
      ],
    },
  );
}
