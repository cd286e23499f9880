import type { KubeObject } from '../kubernetes/object_store';
import type { ElasticsearchObject } from './elasticsearch_resource';

export type AdditionalCas = { ok: true; pem: string } | { ok: false; message: string };

/**
 * The extra CAs of `spec.transport.tls.certificateAuthorities`, or the error with which ECK fails
 * the reconciliation (certificates/transport/trust.go, `MaybeRetrieveAdditionalCAs`).
 */
export function additionalTrustedCas(es: ElasticsearchObject, configMap: KubeObject | undefined): AdditionalCas {
  const configMapName = es.spec.transport?.tls?.certificateAuthorities?.configMapName;
  if (!configMapName) return { ok: true, pem: '' };
  const reference = `${es.metadata.namespace}/${configMapName}`;
  if (!configMap) {
    return {
      ok: false,
      message: `could not retrieve config map ${reference} specified in spec.transport.tls.certificateAuthorities: configmaps "${configMapName}" not found`,
    };
  }
  const caCrt = (configMap.data as Record<string, string> | undefined)?.['ca.crt'];
  if (caCrt === undefined) {
    return {
      ok: false,
      message: `config map ${reference} specified in spec.transport.tls.certificateAuthorities must contain ca.crt file`,
    };
  }
  return { ok: true, pem: caCrt };
}
