import type { ExposedEndpoint, MutableEndpointDirectory } from '../network/endpoint_directory';
import { canonicalJson } from './apply_objects';
import { openTlsListener, type HandshakeRecord, type ListenerCredentials, type TlsListener } from './tls_listener';

/** An endpoint to serve: what the directory says of it, and the key matching its chain. */
export interface ListenerSpec {
  endpoint: ExposedEndpoint;
  privateKeyPem: string;
}

interface OpenEndpoint {
  spec: ListenerSpec;
  listener: TlsListener;
  unregister: () => void;
}

const HANDSHAKES_KEPT = 1000;
const keyOf = (endpoint: ExposedEndpoint) => `${endpoint.host}:${endpoint.port}`;
const credentialsOf = ({ endpoint, privateKeyPem }: ListenerSpec): ListenerCredentials => ({
  chainPem: endpoint.presentedChainPem,
  privateKeyPem,
  clientCasPem: endpoint.trustedClientCasPem,
});

// The cluster model is compared by identity: it is live state, not a value.
const sameSpec = (a: ListenerSpec, b: ListenerSpec) =>
  a.endpoint.elasticsearch === b.endpoint.elasticsearch &&
  canonicalJson({ ...a, endpoint: { ...a.endpoint, elasticsearch: null } }) ===
    canonicalJson({ ...b, endpoint: { ...b.endpoint, elasticsearch: null } });

/**
 * The TLS listeners of every exposed endpoint, kept in step with the directory: a listener opens
 * when its endpoint appears, changes credentials in place, and closes when the endpoint goes.
 */
export class EndpointListeners {
  private readonly byCluster = new Map<string, Map<string, OpenEndpoint>>();
  readonly handshakes: HandshakeRecord[] = [];

  constructor(private readonly directory: MutableEndpointDirectory) {}

  /** Brings one cluster's listeners to `specs`; returns what changed. */
  async sync(cluster: string, specs: ListenerSpec[]): Promise<string[]> {
    const open = this.byCluster.get(cluster) ?? new Map<string, OpenEndpoint>();
    this.byCluster.set(cluster, open);
    const changes: string[] = [];
    const wanted = new Map(specs.map((spec) => [keyOf(spec.endpoint), spec]));
    for (const [key, current] of open) {
      if (wanted.get(key)?.endpoint.profile === current.spec.endpoint.profile) continue;
      await this.closeOne(open, key);
      changes.push(`closed listener ${key}`);
    }
    for (const [key, spec] of wanted) {
      const current = open.get(key);
      if (!current) {
        const listener = await openTlsListener(
          spec.endpoint.host,
          spec.endpoint.port,
          spec.endpoint.profile,
          credentialsOf(spec),
          (h) => this.record(h),
        );
        open.set(key, { spec, listener, unregister: this.directory.set(spec.endpoint) });
        changes.push(`opened ${spec.endpoint.profile} listener ${key}`);
      } else if (!sameSpec(spec, current.spec)) {
        current.listener.update(credentialsOf(spec));
        current.unregister();
        open.set(key, { ...current, spec, unregister: this.directory.set(spec.endpoint) });
        changes.push(`updated listener ${key}`);
      }
    }
    return changes;
  }

  async closeCluster(cluster: string): Promise<void> {
    const open = this.byCluster.get(cluster);
    if (!open) return;
    for (const key of [...open.keys()]) await this.closeOne(open, key);
    this.byCluster.delete(cluster);
  }

  async closeAll(): Promise<void> {
    await Promise.all([...this.byCluster.keys()].map((cluster) => this.closeCluster(cluster)));
  }

  private async closeOne(open: Map<string, OpenEndpoint>, key: string) {
    const current = open.get(key);
    if (!current) return;
    open.delete(key);
    current.unregister();
    await current.listener.close();
  }

  private record(handshake: HandshakeRecord) {
    this.handshakes.push(handshake);
    if (this.handshakes.length > HANDSHAKES_KEPT) this.handshakes.shift();
  }
}
