import { Client } from '@elastic/elasticsearch';
import { parseVersion } from '../../elasticsearch/cluster/version_info';
import { SEED_PASSWORDS, type SeedUsername } from '../../elasticsearch/security/seed_users';
import {
  exposeEckCluster,
  type ExposedEckCluster,
  type ExposeOptions,
} from '../../elasticsearch/testing/exposed_eck_cluster';
import { createLoopbackAllocator } from '../../network/loopback_addresses';
import { MutableEndpointDirectory } from '../../network/endpoint_directory';
import { createNodeActions, type NodeActions } from '../node_actions';
import {
  createSelfManagedCluster,
  type SelfManagedCluster,
  type SelfManagedClusterOptions,
} from '../self_managed_cluster';

/** A self-managed local cluster and one exposed ECK cluster on the same simulated network. */
export interface LocalAndEck {
  readonly network: MutableEndpointDirectory;
  readonly local: SelfManagedCluster;
  readonly eck: ExposedEckCluster;
  readonly actions: NodeActions;
  /** The official client against the local cluster, as a seed user or with an API key. */
  localClient(who: SeedUsername | { apiKey: string }): Client;
  /** The official client against the ECK cluster's REST API, as `elastic`. */
  eckClient(): Client;
  /** Runs an action on every node, as the manual steps say to. */
  onEveryNode(action: (node: string) => void): void;
  close(): Promise<void>;
}

export interface LocalAndEckOptions {
  readonly local?: Partial<SelfManagedClusterOptions>;
  readonly eck?: Partial<ExposeOptions>;
}

export async function startLocalAndEck(options: LocalAndEckOptions = {}): Promise<LocalAndEck> {
  const network = new MutableEndpointDirectory();
  const host = createLoopbackAllocator()();
  const eck = await exposeEckCluster(network, {
    namespace: 'search-prod',
    name: 'logs-prod',
    host,
    hostNames: ['logs.example.com'],
    ...options.eck,
    elasticsearch: {
      indices: { 'logs-web': [{ message: 'GET /' }, { message: 'GET /health' }], 'metrics-1': [{ cpu: 1 }] },
      ...options.eck?.elasticsearch,
    },
  });
  const local = await createSelfManagedCluster({
    clusterName: 'self-managed-prod',
    version: '9.1.5',
    licenseType: 'enterprise',
    network,
    sslFileReloadDelayMs: 300,
    ...options.local,
  });
  const clients: Client[] = [];
  const track = (client: Client) => (clients.push(client), client);
  const actions = createNodeActions(local);
  return {
    network,
    local,
    eck,
    actions,
    localClient(who) {
      const auth = typeof who === 'string' ? { username: who, password: SEED_PASSWORDS[who] } : { apiKey: who.apiKey };
      return track(new Client({ node: local.url, auth, maxRetries: 0 }));
    },
    eckClient: () => {
      // A 9.x client asks an 8.x cluster for the 8.x REST API, as Kibana's client does.
      const v8 = 'application/vnd.elasticsearch+json; compatible-with=8';
      const headers = parseVersion(eck.es.model.identity.version).major < 9 ? { accept: v8, 'content-type': v8 } : {};
      const auth = { username: 'elastic', password: SEED_PASSWORDS.elastic };
      return track(new Client({ node: eck.es.url, auth, headers, maxRetries: 0 }));
    },
    onEveryNode: (action) => local.nodes.forEach((node) => action(node.name)),
    async close() {
      await Promise.all(clients.map((client) => client.close()));
      await local.close();
      await eck.close();
    },
  };
}

export const ECK_CA_FILE = 'certs/eck-ca.crt';
export const SERVER_NAME = 'logs-prod-es-remote-cluster.search-prod.svc';

export interface ApiKeyRemoteSetup {
  readonly alias?: string;
  /** The alias the keystore entry is written for; the remote's alias unless a test mistypes it. */
  readonly keystoreAlias?: string;
  /** The keystore value; a new cross-cluster key for `logs-*` by default, none with `null`. */
  readonly credentials?: string | null;
  readonly proxyAddress?: string;
  /** `null` leaves `server_name` unset. */
  readonly serverName?: string | null;
  /** Place the ECK CA and name it in elasticsearch.yml (default), or not. */
  readonly trustEckCa?: boolean;
  /** Restart the nodes after the file changes (default), or not. */
  readonly restart?: boolean;
  readonly skipUnavailable?: boolean;
}

/** The manual steps of the API key model on every node, then the remote in the cluster settings. */
export async function configureApiKeyRemote(
  world: LocalAndEck,
  setup: ApiKeyRemoteSetup = {},
): Promise<{ keyId?: string }> {
  const alias = setup.alias ?? 'eck';
  let keyId: string | undefined;
  let credentials = setup.credentials;
  if (credentials === undefined) {
    const key = await world
      .eckClient()
      .security.createCrossClusterApiKey({ name: 'self-managed-prod', access: { search: [{ names: ['logs-*'] }] } });
    keyId = key.id;
    credentials = key.encoded;
  }
  world.onEveryNode((node) => {
    if (setup.trustEckCa !== false) {
      world.actions.placeFile(node, ECK_CA_FILE, world.eck.ca.certificatePem);
      world.actions.editYaml(node, {
        append: `xpack.security.remote_cluster_client.ssl.certificate_authorities: [ ${ECK_CA_FILE} ]`,
      });
    }
    if (credentials)
      world.actions.keystoreAdd(node, `cluster.remote.${setup.keystoreAlias ?? alias}.credentials`, credentials);
  });
  if (setup.restart !== false) world.actions.rollingRestart();
  const serverName = setup.serverName === undefined ? SERVER_NAME : setup.serverName;
  await world.localClient('admin').cluster.putSettings({
    persistent: {
      cluster: {
        remote: {
          [alias]: {
            mode: 'proxy',
            proxy_address: setup.proxyAddress ?? 'logs.example.com:9443',
            ...(serverName ? { server_name: serverName } : {}),
            ...(setup.skipUnavailable !== undefined ? { skip_unavailable: setup.skipUnavailable } : {}),
          },
        },
      },
    },
  });
  await world.local.settled();
  return { keyId };
}

/** Everything the node handling REST requests logged, as one text. */
export function coordinatingLog(world: LocalAndEck): string {
  return world.actions.logs(world.local.nodes[0].name).join('\n');
}
