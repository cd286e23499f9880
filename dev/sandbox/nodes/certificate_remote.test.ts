import { coordinatingLog, ECK_CA_FILE, startLocalAndEck, type LocalAndEck } from './testing/local_and_eck';

const TRANSPORT_SERVER_NAME = 'logs-prod-es-transport.search-prod.svc';

/**
 * The deprecated certificate model: mutual TLS on the transport port. The local nodes trust the
 * ECK transport CA; ECK trusts the local transport CA through `certificateAuthorities`.
 */
describe('an ECK remote in the certificate model', () => {
  let world: LocalAndEck;
  beforeEach(async () => {
    world = await startLocalAndEck();
    world.onEveryNode((node) => {
      world.actions.placeFile(node, ECK_CA_FILE, world.eck.ca.certificatePem);
      const yml = world.actions
        .readYaml(node)
        .replace('[ certs/transport-ca.crt ]', `[ certs/transport-ca.crt, ${ECK_CA_FILE} ]`);
      world.actions.editYaml(node, { text: yml });
    });
    world.actions.rollingRestart();
    await world
      .localClient('elastic')
      .security.putRole({ name: 'cross_cluster_search', indices: [{ names: ['logs-*'], privileges: ['read'] }] });
  });
  afterEach(() => world.close());

  async function configure() {
    await world.localClient('admin').cluster.putSettings({
      persistent: {
        cluster: {
          remote: {
            eck: { mode: 'proxy', proxy_address: 'logs.example.com:9300', server_name: TRANSPORT_SERVER_NAME },
          },
        },
      },
    });
    await world.local.settled();
  }

  it('is refused by ECK until it trusts the local transport CA', async () => {
    await configure();
    expect((await world.localClient('elastic').indices.resolveCluster({ name: 'eck:logs-*' })).eck.connected).toBe(
      false,
    );
    expect(coordinatingLog(world)).toContain('Received fatal alert: certificate_unknown');
    const outcome = world.local.connections.lastOutcome(world.local.nodes[0], 'eck');
    expect(!outcome?.connected && outcome?.failure.remoteLog?.message).toContain(
      'failed to establish trust with client at [127.0.0.1]; the client provided a certificate with subject name [CN=es-local-1]',
    );
  });

  it('connects with mutual trust, and the remote authorizes the user by role name', async () => {
    world.eck.trustClientCas([world.local.transportCa.certificatePem]);
    world.eck.es.model.putRole('cross_cluster_search', {
      indices: [{ names: ['logs-*'], privileges: ['read', 'read_cross_cluster'] }],
    });
    await configure();
    expect((await world.localClient('admin').cluster.remoteInfo()).eck).toMatchObject({ connected: true });
    expect((await world.localClient('admin').cluster.remoteInfo()).eck).not.toHaveProperty('cluster_credentials');
    const result = await world.localClient('ccs_user').search({ index: 'eck:logs-*' });
    expect(result.hits.hits).toHaveLength(2);
    await expect(world.localClient('ccs_user').search({ index: 'eck:metrics-1' })).rejects.toThrow(
      'action [indices:data/read/search] is unauthorized for user [ccs_user] with effective roles [cross_cluster_search] ' +
        'on indices [metrics-1], this action is granted by the index privileges [read,all]',
    );
  });
});
