import type { estypes } from '@elastic/elasticsearch';
import { bundleFacts } from '../elasticsearch/remote_clusters/certificate_facts';
import type { ClientSslContext } from '../elasticsearch/remote_clusters/ssl_context';
import type { FlatSettings } from '../elasticsearch/settings/settings_tree';
import { remoteClusterClientSsl, transportSsl, type SslFileSettings } from './node_config';

/** An SSL file as the node loaded it: the content in effect, and what it looked like on disk then. */
export interface LoadedFile {
  /** Absolute, as Elasticsearch prints it in diagnostics. */
  readonly absolutePath: string;
  readonly content: string;
  readonly mtimeMs: number;
  readonly size: number;
}

/** Loaded files by the path written in elasticsearch.yml. */
export type LoadedFiles = ReadonlyMap<string, LoadedFile>;

function clientContext(ssl: SslFileSettings, files: LoadedFiles, withClientCertificate: boolean): ClientSslContext {
  const certificateAuthorities = ssl.certificateAuthorities.flatMap((path) => {
    const file = files.get(path);
    return file ? bundleFacts(file.content).map((facts) => ({ path: file.absolutePath, facts })) : [];
  });
  const certificate = ssl.certificate ? files.get(ssl.certificate) : undefined;
  const key = ssl.key ? files.get(ssl.key) : undefined;
  return {
    name: ssl.prefix,
    enabled: ssl.enabled,
    verificationMode: ssl.verificationMode,
    certificateAuthorities,
    ...(withClientCertificate && certificate && key
      ? { clientCertificate: { certificatePem: certificate.content, privateKeyPem: key.content } }
      : {}),
  };
}

/**
 * The context a node dials a remote with: the remote cluster client's for the API key model (it
 * has no client certificate), the transport's for the certificate model.
 */
export function dialingContext(settings: FlatSettings, files: LoadedFiles, apiKeyModel: boolean): ClientSslContext {
  return apiKeyModel
    ? clientContext(remoteClusterClientSsl(settings), files, false)
    : clientContext(transportSsl(settings), files, true);
}

/**
 * `GET /_ssl/certificates` for one node: every certificate of every enabled context's files, the
 * path as configured, one entry per certificate and file; sorted by path, as `CertificateInfo` sorts.
 */
export function sslCertificateInfos(
  settings: FlatSettings,
  files: LoadedFiles,
): estypes.SslCertificatesCertificateInformation[] {
  const entries = new Map<string, estypes.SslCertificatesCertificateInformation>();
  for (const ssl of [transportSsl(settings), remoteClusterClientSsl(settings)].filter((context) => context.enabled)) {
    const paths = [...(ssl.certificate ? [ssl.certificate] : []), ...ssl.certificateAuthorities];
    for (const path of paths) {
      const file = files.get(path);
      if (!file) continue;
      bundleFacts(file.content).forEach((facts, index) => {
        entries.set(`${path}\u0000${facts.serialHex}`, {
          path,
          format: 'PEM',
          alias: null,
          subject_dn: facts.subjectDn,
          serial_number: facts.serialHex,
          // Only the first certificate of a certificate chain file is the one the key belongs to.
          has_private_key: path === ssl.certificate && index === 0 && ssl.key !== undefined,
          expiry: facts.notAfter.toISOString(),
          issuer: facts.issuerDn,
        });
      });
    }
  }
  return [...entries.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
