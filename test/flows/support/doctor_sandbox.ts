import { Client } from '@elastic/elasticsearch';
import { API_ROUTES } from '../../../common/api/api_routes';
import type { DiagnoseRemoteResponse } from '../../../common/api/doctor';
import type { Standalone } from '../../../dev/host/start_standalone';
import { createEckCluster, seedEckCluster, type EckClusterSeed } from '../../../dev/sandbox/eck/seed_eck_cluster';
import { KUBE } from '../../../dev/sandbox/eck/kube_types';
import { SEED_PASSWORDS, type SeedUsername } from '../../../dev/sandbox/elasticsearch';
import type { KubeObject } from '../../../dev/sandbox/kubernetes/object_store';
import { ELASTICSEARCH_TYPE } from '../../../dev/sandbox/kubernetes/resource_types';
import { createNodeActions, type NodeActions } from '../../../dev/sandbox/nodes';
import type { SandboxWorld } from '../../../dev/sandbox/world';
import { startSandboxApp } from '../../browser/support/standalone_app';
import { eventually, type HostResponse, type ResponseTap } from '../../support/host_api_client';
import { capturingLogger } from '../capturing_logger';

export type DoctorQuery = { alias: string; namespace?: string; name?: string; index?: string };
export type EckRef = { namespace: string; name: string };

/** The file every local node trusts ECK CAs from: rewritten in place, as a CA refresh is. */
const TRUSTED_CAS_FILE = 'certs/doctor-eck-cas.crt';

const decode = (value: unknown) => Buffer.from(String(value), 'base64').toString('utf8');

/**
 * The sandbox behind `npm start`, with what the doctor's reproductions arrange in it: ECK clusters
 * exposed, CAs trusted on the nodes, keystore entries and remotes; each as an admin would do it.
 */
export class DoctorSandbox {
  readonly nodes: NodeActions;
  readonly elastic: Client;
  private trustFileWritten = false;

  private constructor(
    readonly app: Standalone,
    /** Every line the host logged, for the secret scanner. */
    readonly logLines: string[],
    private readonly tap?: ResponseTap,
  ) {
    this.nodes = createNodeActions(this.world.localElasticsearch);
    this.elastic = new Client({
      node: this.world.localElasticsearchUrl,
      auth: { username: 'elastic', password: SEED_PASSWORDS.elastic },
      maxRetries: 0,
    });
  }

  /** `tap` sees every answer of `diagnose` (the secret scanner records them). */
  static async start(tap?: ResponseTap): Promise<DoctorSandbox> {
    const logLines: string[] = [];
    const app = await startSandboxApp({
      world: { timings: { rollingRestartMs: 50, loadBalancerDelayMs: 50 }, sslFileReloadDelayMs: 100 },
      logger: capturingLogger(logLines),
    });
    return new DoctorSandbox(app, logLines, tap);
  }

  get world(): SandboxWorld {
    return this.app.world!;
  }

  get store() {
    return this.world.kubernetes.store;
  }

  async diagnose(
    query: DoctorQuery,
    user: SeedUsername | { username: string; password: string } = 'elastic',
  ): Promise<HostResponse<DiagnoseRemoteResponse>> {
    const { username, password } = typeof user === 'string' ? { username: user, password: SEED_PASSWORDS[user] } : user;
    const search = new URLSearchParams(Object.entries(query).filter(([, v]) => v !== undefined) as string[][]);
    const response = await fetch(`${this.app.baseUrl}${API_ROUTES.diagnoseRemote.path}?${search}`, {
      headers: {
        'x-elastic-internal-origin': 'kibana',
        'elastic-api-version': '1',
        authorization: `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`,
      },
    });
    const text = await response.text();
    const result = { status: response.status, body: JSON.parse(text) as DiagnoseRemoteResponse, text };
    this.tap?.(result, { method: 'GET', path: API_ROUTES.diagnoseRemote.path });
    return result;
  }

  /** A new ECK cluster in a namespace the operator manages. */
  async createEckCluster(seed: EckClusterSeed): Promise<void> {
    createEckCluster(this.store, seed);
    await this.world.operator.settled();
  }

  /** A frozen snapshot in a namespace no operator manages: its status stays as written. */
  seedStaticEckCluster(seed: EckClusterSeed): void {
    seedEckCluster(this.store, seed);
  }

  updateElasticsearch(ref: EckRef, change: (object: KubeObject) => KubeObject, statusOnly = false): void {
    const current = this.store.get(ELASTICSEARCH_TYPE, ref.namespace, ref.name);
    if (!current) throw new Error(`No Elasticsearch ${ref.namespace}/${ref.name}`);
    const written = statusOnly
      ? this.store.replace(ELASTICSEARCH_TYPE, change(current), { statusOnly: true })
      : this.store.update(ELASTICSEARCH_TYPE, change(current));
    if (!written.ok) throw new Error(`Could not update ${ref.namespace}/${ref.name}: ${written.reason}`);
  }

  /** Enables the remote cluster server and exposes it through a load balancer (ECK 3.3's service field). */
  async exposeRemoteClusterServer(ref: EckRef): Promise<string> {
    this.updateElasticsearch(ref, (object) => ({
      ...object,
      spec: {
        ...(object.spec as object),
        remoteClusterServer: { enabled: true, service: { spec: { type: 'LoadBalancer' } } },
      },
    }));
    return this.loadBalancerAddress(ref.namespace, `${ref.name}-es-remote-cluster`);
  }

  /** A LoadBalancer Service of our own in front of the transport port (9300). */
  async exposeTransport(ref: EckRef): Promise<string> {
    const name = `${ref.name}-transport-lb`;
    const labels = { 'elasticsearch.k8s.elastic.co/cluster-name': ref.name };
    this.store.create(KUBE.services, {
      metadata: { namespace: ref.namespace, name, labels },
      spec: {
        type: 'LoadBalancer',
        selector: { ...labels, 'common.k8s.elastic.co/type': 'elasticsearch' },
        ports: [{ name: 'transport', port: 9300, targetPort: 9300, protocol: 'TCP' }],
      },
    });
    return this.loadBalancerAddress(ref.namespace, name);
  }

  private async loadBalancerAddress(namespace: string, service: string): Promise<string> {
    const ingress = () =>
      (
        this.store.get(KUBE.services, namespace, service)?.status as {
          loadBalancer?: { ingress?: Array<{ ip?: string }> };
        }
      )?.loadBalancer?.ingress?.[0]?.ip;
    await eventually(
      async () => ingress(),
      (ip) => ip !== undefined,
    );
    await this.world.operator.settled();
    return ingress()!;
  }

  transportCaPem(ref: EckRef): string {
    const secret = this.store.get(KUBE.secrets, ref.namespace, `${ref.name}-es-transport-certs-public`);
    return decode((secret?.data as Record<string, string>)['ca.crt']);
  }

  /** The ECK cluster's REST API as `elastic`. */
  eckClient(ref: EckRef): Client {
    const server = this.world.operator.elasticsearch(ref.namespace, ref.name);
    if (!server) throw new Error(`${ref.namespace}/${ref.name} has no Elasticsearch yet`);
    const password = decode(
      (this.store.get(KUBE.secrets, ref.namespace, `${ref.name}-es-elastic-user`)?.data as Record<string, string>)
        .elastic,
    );
    const v8 = 'application/vnd.elasticsearch+json; compatible-with=8';
    const headers = server.model.identity.version.startsWith('8.') ? { accept: v8, 'content-type': v8 } : {};
    const ca = decode(
      (this.store.get(KUBE.secrets, ref.namespace, `${ref.name}-es-http-certs-public`)?.data as Record<string, string>)[
        'ca.crt'
      ],
    );
    return new Client({
      node: server.url,
      auth: { username: 'elastic', password },
      headers,
      tls: { ca, servername: `${ref.name}-es-http.${ref.namespace}.svc` },
      maxRetries: 0,
    });
  }

  async crossClusterKey(ref: EckRef, names: string[], expiration?: string): Promise<{ id: string; encoded: string }> {
    const client = this.eckClient(ref);
    try {
      return await client.security.createCrossClusterApiKey({
        name: `doctor-${names.join('-')}`,
        access: { search: [{ names }] },
        ...(expiration ? { expiration } : {}),
      });
    } finally {
      await client.close();
    }
  }

  /**
   * The ECK CAs every node trusts: one file, named once in elasticsearch.yml (a rolling restart),
   * then rewritten in place, which the nodes reload within the poll delay.
   */
  async trustCas(pems: string[]): Promise<void> {
    this.nodes.listNodes().forEach(({ name }) => this.nodes.placeFile(name, TRUSTED_CAS_FILE, pems.join('')));
    if (!this.trustFileWritten) {
      this.nodes.listNodes().forEach(({ name }) =>
        this.nodes.editYaml(name, {
          append: `xpack.security.remote_cluster_client.ssl.certificate_authorities: [ "${TRUSTED_CAS_FILE}" ]`,
        }),
      );
      this.trustFileWritten = true;
    }
    await new Promise((resolve) => setTimeout(resolve, 400));
  }

  /** `cluster.remote.<alias>.credentials` on every node. */
  addCredentials(credentials: Record<string, string>): void {
    for (const { name } of this.nodes.listNodes()) {
      for (const [alias, encoded] of Object.entries(credentials)) {
        this.nodes.keystoreAdd(name, `cluster.remote.${alias}.credentials`, encoded, { force: true });
      }
    }
  }

  async restartNodes(): Promise<void> {
    this.nodes.rollingRestart();
    await this.world.localElasticsearch.settled();
  }

  async configureRemotes(remotes: Record<string, Record<string, unknown>>): Promise<void> {
    await this.elastic.cluster.putSettings({ persistent: { cluster: { remote: remotes } } });
    await this.world.localElasticsearch.settled();
  }

  async stop(): Promise<void> {
    await this.elastic.close();
    await this.app.stop();
  }
}
