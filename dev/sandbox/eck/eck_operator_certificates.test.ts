import { X509Certificate } from 'node:crypto';
import { createCertificateAuthority } from '../tls/certificate_authority';
import { describeCertificate, splitPemCertificates } from '../tls/pem';
import { KUBE } from './kube_types';
import { handshake, startOperatorForTest, type OperatorUnderTest } from './operator_under_test';

const PUBLIC_CA = 'quickstart-es-transport-certs-public';
const RCS_NAME = 'quickstart-es-remote-cluster.prod.svc';
const LB = { spec: { type: 'LoadBalancer' } };

describe('the transport CA and node certificates', () => {
  let world: OperatorUnderTest;
  afterEach(() => world?.stop());

  const publicCa = () => world.secret('prod', PUBLIC_CA, 'ca.crt')!;
  const ingress = () =>
    (
      world.store.get(KUBE.services, 'prod', 'quickstart-es-remote-cluster')?.status as {
        loadBalancer?: { ingress?: Array<{ ip: string }> };
      }
    )?.loadBalancer?.ingress?.[0]?.ip;

  it('merges the certificateAuthorities ConfigMap into the public CA Secret, and fails without it', async () => {
    world = startOperatorForTest();
    world.createElasticsearch('prod', 'quickstart', {
      transport: { tls: { certificateAuthorities: { configMapName: 'remote-certs' } } },
    });
    await world.operator.settled();
    const message =
      'could not retrieve config map prod/remote-certs specified in spec.transport.tls.certificateAuthorities: configmaps "remote-certs" not found';
    expect(world.elasticsearch('prod', 'quickstart')!.status).toMatchObject({
      phase: 'ApplyingChanges',
      conditions: expect.arrayContaining([
        { type: 'ReconciliationComplete', status: 'False', message, lastTransitionTime: expect.any(String) },
      ]),
    });
    expect(world.operator.events).toEqual([expect.objectContaining({ reason: 'ReconciliationError', message })]);
    expect(world.secret('prod', PUBLIC_CA, 'ca.crt')).toBeUndefined();

    world.store.create(KUBE.configMaps, {
      metadata: { name: 'remote-certs', namespace: 'prod' },
      data: { 'tls.crt': 'x' },
    });
    await world.operator.settled();
    expect(world.operator.events.at(-1)?.message).toContain('must contain ca.crt file');

    const local = await createCertificateAuthority('CN=self-managed-ca');
    const configMap = world.store.get(KUBE.configMaps, 'prod', 'remote-certs')!;
    world.store.replace(
      KUBE.configMaps,
      { ...configMap, data: { 'ca.crt': local.certificatePem } },
      { statusOnly: false },
    );
    await world.waitFor(() => world.elasticsearch('prod', 'quickstart')!.status?.phase === 'Ready');
    const blocks = splitPemCertificates(publicCa());
    expect(blocks.map((pem) => describeCertificate(pem).subject)).toEqual([
      'CN=quickstart-transport,OU=quickstart',
      'CN=self-managed-ca',
    ]);
    expect(blocks[1]).toBe(local.certificatePem);
  });

  it('adds spec.transport.tls.subjectAltNames to every node certificate, without a restart', async () => {
    world = startOperatorForTest();
    world.createElasticsearch('prod', 'quickstart', { remoteClusterServer: { enabled: true, service: LB } });
    const ip = await world.waitFor(ingress);
    await world.operator.settled();
    const eventsBefore = world.events.length;

    world.updateSpec('prod', 'quickstart', (spec) => ({ ...spec, transport: { tls: { subjectAltNames: [{ ip }] } } }));
    await world.operator.settled();
    const socket = await handshake(ip, 9443, { ca: publicCa() });
    const presented = describeCertificate(socket.getPeerX509Certificate()!.toString());
    socket.destroy();
    expect(presented.ipAddresses).toContain(ip);
    const phases = world.events
      .slice(eventsBefore)
      .map((event) => (event.object.status as { phase?: string } | undefined)?.phase)
      .filter(Boolean);
    expect(phases).not.toContain('ApplyingChanges');
    expect(phases).not.toContain('Pending');
  });

  it.each([
    [true, true],
    [false, false],
  ])(
    'rotates the CA (keep key: %s): new serial, same subject; old copies still verify: %s',
    async (keepKey, oldStillTrusted) => {
      world = startOperatorForTest();
      world.createElasticsearch('prod', 'quickstart', { remoteClusterServer: { enabled: true, service: LB } });
      const ip = await world.waitFor(ingress);
      await world.operator.settled();
      const before = publicCa();

      await world.operator.rotateTransportCa('prod', 'quickstart', { keepKey });
      const after = publicCa();
      expect(describeCertificate(after).serialNumber).not.toBe(describeCertificate(before).serialNumber);
      expect(describeCertificate(after).subject).toBe(describeCertificate(before).subject);
      expect(describeCertificate(after).subjectKeyId === describeCertificate(before).subjectKeyId).toBe(keepKey);

      const socket = await handshake(ip, 9443, { ca: after, servername: RCS_NAME });
      const presentedCa = socket.getPeerCertificate(true).issuerCertificate;
      const leaf = socket.getPeerX509Certificate()!;
      socket.destroy();
      expect(presentedCa.serialNumber).toBe(describeCertificate(after).serialNumber);
      expect(leaf.checkIssued(new X509Certificate(after))).toBe(true);

      const stale = handshake(ip, 9443, { ca: before, servername: RCS_NAME });
      if (oldStillTrusted) (await stale).destroy();
      else await expect(stale).rejects.toMatchObject({ code: 'SELF_SIGNED_CERT_IN_CHAIN' });
    },
  );
});
