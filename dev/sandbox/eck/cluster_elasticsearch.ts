import {
  createElasticsearchServer,
  type ElasticsearchServerOptions,
  type SandboxElasticsearch,
} from '../elasticsearch';
import type { IssuedCertificate } from '../tls/certificate_authority';
import type { ElasticsearchObject } from './elasticsearch_resource';

/** Per-cluster choices for the simulated Elasticsearch (licence, users, roles, settings). */
export type ClusterElasticsearchOptions = Partial<
  Omit<ElasticsearchServerOptions, 'clusterName' | 'version' | 'tls' | 'host' | 'port'>
>;

/** The sandbox Elasticsearch binds 127.0.0.1 only, so the HTTP certificate names that address. */
export const ELASTICSEARCH_LISTEN_ADDRESS = '127.0.0.1';

/**
 * The Elasticsearch every pod's port 9200 leads to: named after the resource, on its version,
 * logging `elastic` in with the password of `<name>-es-elastic-user`, over HTTPS with the cluster's
 * HTTP certificate (leaf and CA, as ECK mounts `tls.crt`).
 */
export function startClusterElasticsearch(
  es: ElasticsearchObject,
  elasticPassword: string,
  http: { certificate: IssuedCertificate; caPem: string },
  options: ClusterElasticsearchOptions = {},
): Promise<SandboxElasticsearch> {
  return createElasticsearchServer({
    licenseType: 'enterprise',
    ...options,
    clusterName: es.metadata.name,
    version: es.spec.version,
    host: ELASTICSEARCH_LISTEN_ADDRESS,
    passwords: { ...options.passwords, elastic: elasticPassword },
    tls: {
      certificatePem: http.certificate.certificatePem + http.caPem,
      privateKeyPem: http.certificate.privateKeyPem,
    },
  });
}

/** Keeps the file realm in step when the `elastic` Secret is recreated with a new password. */
export function syncElasticPassword(server: SandboxElasticsearch, password: string): boolean {
  const elastic = server.model.users.get('elastic');
  if (!elastic || elastic.password === password) return false;
  server.model.putUser({ ...elastic, password });
  return true;
}
