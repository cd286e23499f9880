import type { KubeObject } from '../kubernetes/object_store';
import type { IssuedCertificate } from '../tls/certificate_authority';
import { clusterLabels, ownerReference, type ElasticsearchObject } from './elasticsearch_resource';

export const secretNames = (name: string) => ({
  elasticUser: `${name}-es-elastic-user`,
  transportCertsPublic: `${name}-es-transport-certs-public`,
  transportCaInternal: `${name}-es-transport-ca-internal`,
  httpCertsPublic: `${name}-es-http-certs-public`,
  httpCertsInternal: `${name}-es-http-certs-internal`,
  httpCaInternal: `${name}-es-http-ca-internal`,
  statefulSetTransportCerts: (statefulSet: string) => `${statefulSet}-es-transport-certs`,
});

/** A Secret's `data` as the API server stores it: every value in base64. */
export const secretData = (values: Record<string, string>) =>
  Object.fromEntries(
    Object.entries(values).map(([key, value]) => [key, Buffer.from(value, 'utf8').toString('base64')]),
  );

function secret(es: ElasticsearchObject, name: string, data: Record<string, string>, owned: boolean): KubeObject {
  return {
    metadata: {
      name,
      namespace: es.metadata.namespace,
      labels: clusterLabels(es.metadata.name),
      ...(owned ? { ownerReferences: [ownerReference(es)] } : {}),
    },
    type: 'Opaque',
    data: secretData(data),
  };
}

/** Reads a Secret's key back as text, as a client does after base64-decoding `data`. */
export function secretValue(object: KubeObject | undefined, key: string): string | undefined {
  const encoded = (object?.data as Record<string, string> | undefined)?.[key];
  return encoded === undefined ? undefined : Buffer.from(encoded, 'base64').toString('utf8');
}

/** `<es>-es-elastic-user`: no ownerReference, so it outlives the resource. */
export const elasticUserSecret = (es: ElasticsearchObject, password: string) =>
  secret(es, secretNames(es.metadata.name).elasticUser, { elastic: password }, false);

/** The HTTP CA (internal), the certificate Elasticsearch serves (internal) and its public part. */
export function httpSecrets(es: ElasticsearchObject, ca: IssuedCertificate, certificate: IssuedCertificate) {
  const names = secretNames(es.metadata.name);
  const chain = certificate.certificatePem + ca.certificatePem;
  return [
    secret(es, names.httpCaInternal, { 'ca.crt': ca.certificatePem, 'ca.key': ca.privateKeyPem }, true),
    secret(
      es,
      names.httpCertsInternal,
      { 'tls.crt': chain, 'tls.key': certificate.privateKeyPem, 'ca.crt': ca.certificatePem },
      true,
    ),
    secret(es, names.httpCertsPublic, { 'tls.crt': chain, 'ca.crt': ca.certificatePem }, true),
  ];
}

export interface TransportMaterial {
  ca: IssuedCertificate;
  /** `ca.crt` of the `certificateAuthorities` ConfigMap, or '' without one. */
  additionalCasPem: string;
  /** Per StatefulSet, per pod: the node's transport certificate. */
  podCertificates: Record<string, Record<string, IssuedCertificate>>;
}

/**
 * The transport CA: public (the current CA then the admin's extra CAs, never the previous CA; no
 * ownerReference, see public_secret.go and issue #3986) and internal with its key; and per
 * StatefulSet the nodes' certificates.
 */
export function transportSecrets(es: ElasticsearchObject, material: TransportMaterial): KubeObject[] {
  const names = secretNames(es.metadata.name);
  const trusted = material.ca.certificatePem + material.additionalCasPem;
  return [
    secret(es, names.transportCertsPublic, { 'ca.crt': trusted }, false),
    secret(
      es,
      names.transportCaInternal,
      { 'ca.crt': material.ca.certificatePem, 'ca.key': material.ca.privateKeyPem },
      true,
    ),
    ...Object.entries(material.podCertificates).map(([statefulSet, pods]) => {
      const files = Object.entries(pods).flatMap(([pod, certificate]) => [
        // Leaf then CA, as ECK writes it (pod_secret.go): nodes present both.
        [`${pod}.tls.crt`, certificate.certificatePem + material.ca.certificatePem],
        [`${pod}.tls.key`, certificate.privateKeyPem],
      ]);
      return secret(
        es,
        names.statefulSetTransportCerts(statefulSet),
        { 'ca.crt': trusted, ...Object.fromEntries(files) },
        true,
      );
    }),
  ];
}
