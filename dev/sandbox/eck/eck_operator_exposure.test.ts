import { X509Certificate } from 'node:crypto';
import { createCertificateAuthority } from '../tls/certificate_authority';
import { describeCertificate } from '../tls/pem';
import { KUBE } from './kube_types';
import { handshake, startOperatorForTest, type OperatorUnderTest } from './operator_under_test';

const LB = { spec: { type: 'LoadBalancer' } };
const SELECTOR = {
  'elasticsearch.k8s.elastic.co/cluster-name': 'quickstart',
  'common.k8s.elastic.co/type': 'elasticsearch',
};

describe('exposing a cluster outside Kubernetes', () => {
  let world: OperatorUnderTest;
  afterEach(() => world?.stop());

  const ingressOf = (name: string) =>
    (world.store.get(KUBE.services, 'prod', name)?.status as { loadBalancer?: { ingress?: Array<{ ip: string }> } })
      ?.loadBalancer?.ingress?.[0]?.ip;

  it('gives a 3.3 remote cluster LoadBalancer an IP after the delay, behind a real TLS listener', async () => {
    world = startOperatorForTest();
    // The delay as causality rather than elapsed time (which a loaded machine stretches and a
    // late poll overshoots): the Service is first written without an address, which comes later.
    const addressesAsWritten: Array<string | undefined> = [];
    const unsubscribe = world.store.subscribe((event) => {
      if (event.resourceType === KUBE.services && event.object.metadata.name === 'quickstart-es-remote-cluster') {
        addressesAsWritten.push(ingressOf('quickstart-es-remote-cluster'));
      }
    });
    world.createElasticsearch('prod', 'quickstart', { remoteClusterServer: { enabled: true, service: LB } });
    const ip = await world.waitFor(() => ingressOf('quickstart-es-remote-cluster'));
    unsubscribe();
    expect(addressesAsWritten[0]).toBeUndefined();
    expect(addressesAsWritten.at(-1)).toBe(ip);
    const ca = world.secret('prod', 'quickstart-es-transport-certs-public', 'ca.crt')!;

    const socket = await handshake(ip, 9443, { ca, servername: 'quickstart-es-remote-cluster.prod.svc' });
    const presented = socket.getPeerX509Certificate()!;
    const record = await world.waitFor(() => world.operator.handshakes.find((h) => h.servername !== undefined));
    socket.destroy();
    expect(record).toMatchObject({
      endpoint: `${ip}:9443`,
      profile: 'remote_cluster_server',
      servername: 'quickstart-es-remote-cluster.prod.svc',
    });
    expect(presented.subject).toBe('OU=quickstart\nCN=quickstart-es-default-0.node.quickstart.prod.es.local');
    expect(presented.checkIssued(new X509Certificate(ca))).toBe(true);
    expect(describeCertificate(presented.toString()).ipAddresses).not.toContain(ip);

    await expect(handshake(ip, 9443, { ca })).rejects.toMatchObject({ code: 'ERR_TLS_CERT_ALTNAME_INVALID' });
    const stranger = await createCertificateAuthority('CN=someone-else');
    await expect(
      handshake(ip, 9443, { ca: stranger.certificatePem, servername: 'quickstart-es-remote-cluster.prod.svc' }),
    ).rejects.toMatchObject({ code: 'SELF_SIGNED_CERT_IN_CHAIN' }); // the node sends its CA along, as ECK's tls.crt holds it

    expect(world.directory.resolve(ip, 9443)).toMatchObject({
      profile: 'remote_cluster_server',
      serviceName: 'quickstart-es-remote-cluster',
      cluster: { namespace: 'prod', name: 'quickstart' },
      hostNames: [],
      trustedClientCasPem: null,
      elasticsearch: world.operator.elasticsearch('prod', 'quickstart')!.model,
    });
  });

  it('ignores spec.remoteClusterServer.service on operator 3.2, and serves the Service the admin creates', async () => {
    world = startOperatorForTest({ operatorVersion: '3.2.0' });
    world.createElasticsearch('prod', 'quickstart', { remoteClusterServer: { enabled: true, service: LB } });
    await world.operator.settled();
    expect(world.store.get(KUBE.services, 'prod', 'quickstart-es-remote-cluster')!.spec).toMatchObject({
      type: 'ClusterIP',
      clusterIP: 'None',
    });

    world.store.create(KUBE.services, {
      metadata: { name: 'quickstart-es-remote-cluster-lb', namespace: 'prod', labels: SELECTOR },
      spec: { type: 'LoadBalancer', selector: SELECTOR, ports: [{ port: 9443, targetPort: 9443, protocol: 'TCP' }] },
    });
    const ip = await world.waitFor(() => ingressOf('quickstart-es-remote-cluster-lb'));
    const ca = world.secret('prod', 'quickstart-es-transport-certs-public', 'ca.crt')!;
    (await handshake(ip, 9443, { ca, servername: 'quickstart-es-remote-cluster.prod.svc' })).destroy();
    expect(world.directory.resolve(ip, 9443)?.serviceName).toBe('quickstart-es-remote-cluster-lb');
  });

  it('exposes the transport Service, asking clients for a certificate it records', async () => {
    world = startOperatorForTest();
    world.createElasticsearch('prod', 'quickstart', { transport: { service: LB } });
    const ip = await world.waitFor(() => ingressOf('quickstart-es-transport'));
    const ca = world.secret('prod', 'quickstart-es-transport-certs-public', 'ca.crt')!;
    const local = await createCertificateAuthority('CN=self-managed-ca');
    const client = await local.issue('CN=local-node', { dns: ['local-node'] });

    const socket = await handshake(ip, 9300, {
      ca,
      servername: 'quickstart-es-transport.prod.svc',
      cert: client.certificatePem,
      key: client.privateKeyPem,
    });
    // Under TLS 1.3 the server reads the client certificate after the client is done: wait for it.
    const record = await world.waitFor(() => world.operator.handshakes.find((h) => h.profile === 'transport'));
    socket.destroy();
    expect(record.peerCertificatePem).toBe(new X509Certificate(client.certificatePem).toString());
    expect(record.clientAuthorized).toBe(false);
    expect(world.directory.resolve(ip, 9300)).toMatchObject({ profile: 'transport', trustedClientCasPem: [ca] });
  });

  it('listens on a node address of its own for a NodePort, and stops when the Service goes', async () => {
    world = startOperatorForTest();
    world.createElasticsearch('prod', 'quickstart', {
      remoteClusterServer: { enabled: true, service: { spec: { type: 'NodePort' } } },
    });
    await world.operator.settled();
    const [endpoint] = await world.waitFor(() => world.directory.list().length > 0 && world.directory.list());
    const nodePort = (
      world.store.get(KUBE.services, 'prod', 'quickstart-es-remote-cluster')!.spec as {
        ports: Array<{ nodePort: number }>;
      }
    ).ports[0].nodePort;
    expect(endpoint).toMatchObject({ port: nodePort, profile: 'remote_cluster_server' });
    expect(nodePort).toBeGreaterThanOrEqual(30000);
    const ca = world.secret('prod', 'quickstart-es-transport-certs-public', 'ca.crt')!;
    (await handshake(endpoint.host, nodePort, { ca, servername: 'quickstart-es-remote-cluster.prod.svc' })).destroy();

    world.updateSpec('prod', 'quickstart', (spec) => ({ ...spec, remoteClusterServer: { enabled: false } }));
    await world.waitFor(() => world.directory.list().length === 0);
    await expect(handshake(endpoint.host, nodePort, { ca })).rejects.toMatchObject({ code: 'ECONNREFUSED' });
  });

  it('closes every listener on stop', async () => {
    world = startOperatorForTest();
    world.createElasticsearch('prod', 'quickstart', { remoteClusterServer: { enabled: true, service: LB } });
    const ip = await world.waitFor(() => ingressOf('quickstart-es-remote-cluster'));
    const ca = world.secret('prod', 'quickstart-es-transport-certs-public', 'ca.crt')!;
    const open = await handshake(ip, 9443, { ca, servername: 'quickstart-es-remote-cluster.prod.svc' });
    const closed = new Promise((resolve) => open.once('close', resolve));
    await world.stop();
    await closed;
    await expect(handshake(ip, 9443, { ca })).rejects.toMatchObject({ code: 'ECONNREFUSED' });
  });
});
