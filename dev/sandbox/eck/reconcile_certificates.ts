import type { IssuedCertificate } from '../tls/certificate_authority';
import { applyObject } from './apply_objects';
import {
  httpCaSubject,
  httpCertificateRequest,
  transportCaSubject,
  transportCertificateRequest,
} from './certificate_requests';
import { ELASTICSEARCH_LISTEN_ADDRESS } from './cluster_elasticsearch';
import type { TransportState } from './cluster_runtime';
import { httpSecrets, secretNames, secretValue, transportSecrets } from './desired_secrets';
import { plannedPods } from './desired_pods';
import { KUBE } from './kube_types';
import { recordChange, type ReconcileContext } from './reconcile_context';
import { additionalTrustedCas } from './transport_trust';

/** A CA as ECK keeps it in its `-ca-internal` Secret, if it is there. */
function storedCa(context: ReconcileContext, secretName: string): IssuedCertificate | undefined {
  const secret = context.env.store.get(KUBE.secrets, context.es.metadata.namespace, secretName);
  const certificatePem = secretValue(secret, 'ca.crt');
  const privateKeyPem = secretValue(secret, 'ca.key');
  return certificatePem && privateKeyPem ? { certificatePem, privateKeyPem } : undefined;
}

function applySecrets(context: ReconcileContext, secrets: ReturnType<typeof httpSecrets>) {
  for (const secret of secrets) recordChange(context, applyObject(context.env.store, KUBE.secrets, secret));
}

/** ECK's `ReconcileHTTP`: the HTTP CA and the certificate the cluster's Elasticsearch serves. */
export async function reconcileHttpCertificates(context: ReconcileContext) {
  const { es, runtime } = context;
  const ca = await runtime.certificates.authority(
    storedCa(context, secretNames(es.metadata.name).httpCaInternal),
    httpCaSubject(es),
  );
  const certificate = await runtime.certificates.leaf(
    'http',
    ca,
    httpCertificateRequest(es, ELASTICSEARCH_LISTEN_ADDRESS),
  );
  applySecrets(context, httpSecrets(es, ca, certificate));
  return { certificate, caPem: ca.certificatePem };
}

/**
 * ECK's `ReconcileTransport`: trusted CAs first (a broken `certificateAuthorities` reference fails
 * the reconciliation before anything else changes), then the CA and every node's certificate.
 */
export async function reconcileTransportCertificates(
  context: ReconcileContext,
  remoteClusterServer: boolean,
): Promise<TransportState | { error: string }> {
  const { es, runtime, env } = context;
  const configMapName = es.spec.transport?.tls?.certificateAuthorities?.configMapName;
  const configMap = configMapName ? env.store.get(KUBE.configMaps, es.metadata.namespace, configMapName) : undefined;
  const trusted = additionalTrustedCas(es, configMap);
  if (!trusted.ok) return { error: trusted.message };

  const ca = await runtime.certificates.authority(
    storedCa(context, secretNames(es.metadata.name).transportCaInternal),
    transportCaSubject(es),
  );
  const podCertificates = new Map<string, IssuedCertificate>();
  const byStatefulSet: Record<string, Record<string, IssuedCertificate>> = {};
  for (const pod of plannedPods(es)) {
    const address = { name: pod.name, statefulSet: pod.statefulSet, ip: runtime.podIp(pod.name) };
    const certificate = await runtime.certificates.leaf(
      pod.name,
      ca,
      transportCertificateRequest(es, address, remoteClusterServer),
    );
    podCertificates.set(pod.name, certificate);
    byStatefulSet[pod.statefulSet] = { ...byStatefulSet[pod.statefulSet], [pod.name]: certificate };
  }
  applySecrets(context, transportSecrets(es, { ca, additionalCasPem: trusted.pem, podCertificates: byStatefulSet }));
  return { ca, additionalCasPem: trusted.pem, podCertificates };
}
