import { createServer, type Server } from 'node:tls';
import type { ExposedEndpoint, ListenerProfile, MutableEndpointDirectory } from '../../network/endpoint_directory';
import { createCertificateAuthority, type CertificateAuthority } from '../../tls/certificate_authority';
import {
  createElasticsearchServer,
  type ElasticsearchServerOptions,
  type SandboxElasticsearch,
} from '../create_elasticsearch_server';

/**
 * An ECK cluster as a test needs it from outside Kubernetes: its REST API (plain sandbox server)
 * and real TLS listeners for the remote cluster server (9443) and transport (9300) on a loopback
 * address of its own, presenting a transport certificate signed by its transport CA, as ECK does.
 */
export interface ExposedEckCluster {
  readonly es: SandboxElasticsearch;
  readonly ca: CertificateAuthority;
  readonly host: string;
  readonly remoteClusterServer: ExposedEndpoint;
  readonly transport: ExposedEndpoint;
  /** Presents a certificate from `ca` (a rotated or re-keyed CA) on both listeners. */
  rotate(ca: CertificateAuthority, leafValidityDays?: number): Promise<void>;
  /** What the transport listener accepts as client CAs: ECK's CA plus the `certificateAuthorities` ConfigMap. */
  trustClientCas(cas: string[]): void;
  close(): Promise<void>;
}

export interface ExposeOptions {
  /** The cluster behind the listeners: version, licence, users, indices. */
  readonly elasticsearch?: Partial<ElasticsearchServerOptions>;
  readonly namespace: string;
  readonly name: string;
  readonly host: string;
  readonly hostNames?: string[];
  /** Extra SANs, as `spec.transport.tls.subjectAltNames` adds them. */
  readonly extraDnsNames?: string[];
  readonly leafValidityDays?: number;
  readonly ca?: CertificateAuthority;
}

async function leafFor(ca: CertificateAuthority, options: ExposeOptions, validityDays?: number) {
  const { name, namespace } = options;
  return ca.issue(
    `OU=${name}, CN=${name}-es-default-0.node.${name}.${namespace}.es.local`,
    {
      dns: [
        `${name}-es-transport.${namespace}.svc`,
        `${name}-es-remote-cluster.${namespace}.svc`,
        `${name}-es-default-0.${name}-es-default`,
        ...(options.extraDnsNames ?? []),
      ],
      ip: ['10.244.0.12', '127.0.0.1'],
    },
    validityDays,
  );
}

function listen(server: Server, host: string, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
}

export async function exposeEckCluster(
  directory: MutableEndpointDirectory,
  options: ExposeOptions,
): Promise<ExposedEckCluster> {
  const { name } = options;
  // ECK writes subjects in Go's order (OU before CN in DER), which Java prints as `CN=…,OU=…`.
  let ca = options.ca ?? (await createCertificateAuthority(`OU=${name}, CN=${name}-transport`));
  const es = await createElasticsearchServer({
    clusterName: name,
    version: '9.1.5',
    licenseType: 'enterprise',
    nodeName: `${name}-es-default-0`,
    ...options.elasticsearch,
  });
  let leaf = await leafFor(ca, options, options.leafValidityDays);
  let extraClientCas: string[] = [];
  let clientCas = [ca.certificatePem];
  const rcs = createServer({ cert: leaf.certificatePem, key: leaf.privateKeyPem });
  const transport = createServer({
    cert: leaf.certificatePem,
    key: leaf.privateKeyPem,
    requestCert: true,
    rejectUnauthorized: true,
    ca: clientCas,
  });
  for (const server of [rcs, transport]) {
    server.on('secureConnection', (socket) => socket.on('error', () => undefined).end());
    server.on('tlsClientError', () => undefined);
  }
  await listen(rcs, options.host, 9443);
  await listen(transport, options.host, 9300);

  const endpoint = (profile: ListenerProfile, port: number, chain: string): ExposedEndpoint => ({
    host: options.host,
    port,
    hostNames: options.hostNames ?? [],
    profile,
    cluster: { namespace: options.namespace, name: options.name },
    serviceName: profile === 'transport' ? `${options.name}-es-transport` : `${options.name}-es-remote-cluster`,
    presentedChainPem: chain,
    trustedClientCasPem: profile === 'transport' ? clientCas : null,
    elasticsearch: es.model,
  });
  const exposed: ExposedEckCluster & { remoteClusterServer: ExposedEndpoint; transport: ExposedEndpoint } = {
    es,
    get ca() {
      return ca;
    },
    host: options.host,
    remoteClusterServer: endpoint('remote_cluster_server', 9443, leaf.certificatePem),
    transport: endpoint('transport', 9300, leaf.certificatePem),
    async rotate(next: CertificateAuthority, leafValidityDays?: number) {
      ca = next;
      leaf = await leafFor(next, options, leafValidityDays);
      republish();
    },
    trustClientCas(cas: string[]) {
      extraClientCas = cas;
      republish();
    },
    async close() {
      await Promise.all([rcs, transport].map((server) => new Promise((resolve) => server.close(resolve))));
      await es.close();
    },
  };
  // The listeners and the directory entries change together, as when ECK rolls new certificates out.
  function republish() {
    clientCas = [ca.certificatePem, ...extraClientCas];
    rcs.setSecureContext({ cert: leaf.certificatePem, key: leaf.privateKeyPem });
    transport.setSecureContext({ cert: leaf.certificatePem, key: leaf.privateKeyPem, ca: clientCas });
    exposed.remoteClusterServer = endpoint('remote_cluster_server', 9443, leaf.certificatePem);
    exposed.transport = endpoint('transport', 9300, leaf.certificatePem);
    directory.set(exposed.remoteClusterServer);
    directory.set(exposed.transport);
  }
  directory.set(exposed.remoteClusterServer);
  directory.set(exposed.transport);
  return exposed;
}
