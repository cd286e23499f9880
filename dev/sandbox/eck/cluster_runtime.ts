import type { SandboxElasticsearch } from '../elasticsearch';
import type { CertificateAuthority, IssuedCertificate } from '../tls/certificate_authority';
import { CertificateCache } from './certificate_cache';
import type { RollingRestart } from './rolling_restart';

/** The transport material of the last successful reconcile: what the listeners present and trust. */
export interface TransportState {
  ca: CertificateAuthority;
  additionalCasPem: string;
  podCertificates: Map<string, IssuedCertificate>;
}

/**
 * What the operator remembers of one cluster between reconciles. Kubernetes objects carry the
 * rest; these are the things a real cluster keeps elsewhere (processes, addresses, timers).
 */
export class ClusterRuntime {
  readonly certificates = new CertificateCache();
  private readonly podIps = new Map<string, string>();
  private readonly nodeAddresses = new Map<string, string>();
  restart?: RollingRestart;
  restartTimer?: NodeJS.Timeout;
  elasticsearch?: SandboxElasticsearch;
  transport?: TransportState;

  constructor(
    readonly namespace: string,
    readonly name: string,
    /** The resource this runtime serves: a resource recreated under the same name starts afresh. */
    readonly uid: string,
    private readonly allocateAddress: () => string,
  ) {}

  get key(): string {
    return `${this.namespace}/${this.name}`;
  }

  /** Pod IPs stay with the pod across restarts (a simplification: real pods get new ones). */
  podIp(pod: string): string {
    return this.addressFrom(this.podIps, pod);
  }

  forgetPod(pod: string): void {
    this.podIps.delete(pod);
    this.certificates.forget(pod);
  }

  /** The address of the node a NodePort listens on: one per Service port, for the Service's life. */
  nodeAddress(nodePortKey: string): string {
    return this.addressFrom(this.nodeAddresses, nodePortKey);
  }

  async dispose(): Promise<void> {
    clearTimeout(this.restartTimer);
    await this.elasticsearch?.close();
    this.elasticsearch = undefined;
  }

  private addressFrom(addresses: Map<string, string>, key: string): string {
    let address = addresses.get(key);
    if (!address) {
      address = this.allocateAddress();
      addresses.set(key, address);
    }
    return address;
  }
}
