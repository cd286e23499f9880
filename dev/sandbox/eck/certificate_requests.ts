import { eckServiceNames } from '../../../common/eck/eck_names';
import { COMMON_NAME_OID, type SubjectAlternativeNames } from '../tls/subject_alternative_names';
import type { ElasticsearchObject, SubjectAltName } from './elasticsearch_resource';

/** What to put in a certificate: its subject and its subject alternative names. */
export interface CertificateRequest {
  /** In DER order, as Go writes a pkix.Name (OU before CN): RFC 4514 prints `CN=…,OU=…`. */
  subject: string;
  names: SubjectAlternativeNames;
}

export interface PodAddress {
  name: string;
  statefulSet: string;
  ip: string;
}

const unique = (values: string[]) => [...new Set(values)];
const dnsOf = (sans: SubjectAltName[] = []) => sans.flatMap((san) => (san.dns ? [san.dns] : []));
const ipOf = (sans: SubjectAltName[] = []) => sans.flatMap((san) => (san.ip ? [san.ip] : []));

/** `CN=<es>-transport, OU=<es>` (ECK pkg/controller/common/certificates/ca_reconcile.go). */
export const transportCaSubject = (es: ElasticsearchObject) =>
  `OU=${es.metadata.name}, CN=${es.metadata.name}-transport`;

export const httpCaSubject = (es: ElasticsearchObject) => `OU=${es.metadata.name}, CN=${es.metadata.name}-http`;

/** `<pod>.node.<es>.<ns>.es.local`: the CN and otherName Elasticsearch identifies a node by. */
export const transportCommonName = (es: ElasticsearchObject, pod: string) =>
  `${pod}.node.${es.metadata.name}.${es.metadata.namespace}.es.local`;

/**
 * A node's transport certificate, which is also its remote cluster server certificate
 * (certificates/transport/csr.go). Load balancer addresses are never added: only what the
 * admin lists in `spec.transport.tls.subjectAltNames`.
 */
export function transportCertificateRequest(
  es: ElasticsearchObject,
  pod: PodAddress,
  remoteClusterServer: boolean,
): CertificateRequest {
  const { name, namespace } = es.metadata;
  const commonName = transportCommonName(es, pod.name);
  const sans = es.spec.transport?.tls?.subjectAltNames;
  return {
    subject: `OU=${name}, CN=${commonName}`,
    names: {
      otherNames: [{ typeId: COMMON_NAME_OID, value: commonName }],
      dns: unique([
        commonName,
        `${eckServiceNames(name).transport}.${namespace}.svc`,
        `${pod.name}.${pod.statefulSet}`,
        ...(remoteClusterServer
          ? [
              `${eckServiceNames(name).remoteCluster}.${namespace}.svc`,
              `${pod.name}.${pod.statefulSet}.${namespace}.svc`,
            ]
          : []),
        ...dnsOf(sans),
      ]),
      ip: unique([pod.ip, '127.0.0.1', ...ipOf(sans)]),
    },
  };
}

/**
 * The HTTP certificate: the Service names the plugin verifies against (`<es>-es-http.<ns>.svc`
 * over a port-forward) and the address the simulated Elasticsearch listens on.
 */
export function httpCertificateRequest(es: ElasticsearchObject, listenAddress: string): CertificateRequest {
  const { name, namespace } = es.metadata;
  const services = eckServiceNames(name);
  const sans = es.spec.http?.tls?.selfSignedCertificate?.subjectAltNames;
  const serviceNames = (service: string) => [`${service}.${namespace}.svc`, `${service}.${namespace}`, service];
  const commonName = `${services.http}.${namespace}.es.local`;
  return {
    subject: `OU=${name}, CN=${commonName}`,
    names: {
      dns: unique([commonName, ...serviceNames(services.http), ...serviceNames(services.internalHttp), ...dnsOf(sans)]),
      ip: unique([listenAddress, '127.0.0.1', ...ipOf(sans)]),
    },
  };
}
