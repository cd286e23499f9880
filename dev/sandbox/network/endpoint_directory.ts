import type { ClusterModel } from '../elasticsearch';

/**
 * What a listener speaks: the remote cluster server (9443, API key model), the transport layer
 * (9300, certificate model) or the REST API (9200).
 */
export type ListenerProfile = 'remote_cluster_server' | 'transport' | 'http';

/**
 * One address on which a simulated ECK cluster is reachable from outside Kubernetes: a load
 * balancer ingress, a NodePort or an address the admin routes. Each is a real TLS listener on its
 * own loopback address, so probes against it are real handshakes.
 */
export interface ExposedEndpoint {
  /** A loopback IP of its own, e.g. 127.31.0.5. */
  host: string;
  port: number;
  /** Host names that resolve to `host` from outside (a load balancer's DNS name), if any. */
  hostNames: string[];
  profile: ListenerProfile;
  /** The ECK cluster behind it. */
  cluster: { namespace: string; name: string };
  /** The Service that exposes it. */
  serviceName: string;
  /** The chain the listener presents, leaf first, in PEM. */
  presentedChainPem: string;
  /**
   * CAs whose client certificates the server accepts (transport: ECK's transport CA plus the
   * `certificateAuthorities` ConfigMap); `null` when the server does not ask for a client
   * certificate (the remote cluster server's default `client_authentication: none`).
   */
  trustedClientCasPem: string[] | null;
  /** The Elasticsearch cluster served: its version, licence, users and API keys. */
  elasticsearch: ClusterModel;
}

/** How the simulated network resolves a proxy address (`host:port`) to what answers there. */
export interface EndpointDirectory {
  resolve(hostOrName: string, port: number): ExposedEndpoint | undefined;
  list(): ExposedEndpoint[];
  /** Whether something listens at this address that accepts connections and never answers. */
  isSilent?(host: string, port: number): boolean;
}

/** The directory the ECK operator simulation keeps up to date as Services come and go. */
export class MutableEndpointDirectory implements EndpointDirectory {
  private readonly endpoints = new Map<string, ExposedEndpoint>();
  private readonly silent = new Set<string>();

  /** Adds or replaces the endpoint at its host and port; returns the function that removes it. */
  set(endpoint: ExposedEndpoint): () => void {
    const key = `${endpoint.host}:${endpoint.port}`;
    this.endpoints.set(key, endpoint);
    return () => {
      if (this.endpoints.get(key) === endpoint) this.endpoints.delete(key);
    };
  }

  resolve(hostOrName: string, port: number): ExposedEndpoint | undefined {
    const host = hostOrName.replace(/^\[(.*)\]$/, '$1');
    return this.list().find(
      (endpoint) => endpoint.port === port && (endpoint.host === host || endpoint.hostNames.includes(host)),
    );
  }

  list(): ExposedEndpoint[] {
    return [...this.endpoints.values()];
  }

  /** Routes an address to a listener that never answers (`silent_listener.ts`); returns the function that removes it. */
  addSilent(host: string, port: number): () => void {
    const key = `${host}:${port}`;
    this.silent.add(key);
    return () => this.silent.delete(key);
  }

  isSilent(host: string, port: number): boolean {
    return this.silent.has(`${host.replace(/^\[(.*)\]$/, '$1')}:${port}`);
  }
}
