import { createServer, type Server } from 'node:tls';
import { createLoopbackAllocator } from '../../network/loopback_addresses';
import { connectionFixtures, type ConnectionFixtures } from '../testing/connection_fixtures';
import { probeTls, type TlsProbeRequest } from './tls_probe';

let f: ConnectionFixtures;
let host: string;
const servers: Server[] = [];

async function listen(options: Parameters<typeof createServer>[0], port: number): Promise<void> {
  const server = createServer(options, (socket) => socket.on('error', () => undefined).end());
  server.on('tlsClientError', () => undefined);
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(port, host, () => resolve()));
}

beforeAll(async () => {
  f = await connectionFixtures();
  host = createLoopbackAllocator()();
  const identity = { cert: f.eckLeaf.certificatePem, key: f.eckLeaf.privateKeyPem };
  await listen(identity, 9443);
  // TLS 1.2 ends the handshake itself when the client certificate is missing or untrusted.
  await listen(
    { ...identity, requestCert: true, rejectUnauthorized: true, ca: [f.eckCa.certificatePem], maxVersion: 'TLSv1.2' },
    9300,
  );
});
afterAll(() => Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve)))));

const probe = (overrides: Partial<TlsProbeRequest>) =>
  probeTls({
    host,
    port: 9443,
    caPems: [f.eckCa.certificatePem],
    serverName: 'logs-prod-es-remote-cluster.search-prod.svc',
    timeoutMs: 2000,
    ...overrides,
  });

describe('probeTls: a real handshake, verified but not enforced', () => {
  it('reports a trusted server whose certificate carries the server name', async () => {
    expect(await probe({})).toMatchObject({
      kind: 'established',
      authorized: true,
      identityError: undefined,
      protocol: 'TLSv1.3',
      localAddress: '127.0.0.1',
    });
  });

  it("reports OpenSSL's reason when the CA is not trusted", async () => {
    expect(await probe({ caPems: [f.localCa.certificatePem] })).toMatchObject({
      authorized: false,
      authorizationError: 'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
    });
  });

  it('reports a name the certificate does not carry, for names and addresses', async () => {
    expect(await probe({ serverName: 'logs.example.com' })).toMatchObject({
      authorized: true,
      identityError: expect.stringContaining("Host: logs.example.com. is not in the cert's altnames"),
    });
    expect(await probe({ serverName: host })).toMatchObject({
      identityError: expect.stringContaining(`IP: ${host} is not in the cert's list`),
    });
  });

  it('reports the alert of a server that wants a client certificate', async () => {
    expect(await probe({ port: 9300 })).toMatchObject({ kind: 'alert', localAddress: '127.0.0.1' });
  });

  it('is accepted with a client certificate the server trusts', async () => {
    const clientCertificate = { certificatePem: f.eckLeaf.certificatePem, privateKeyPem: f.eckLeaf.privateKeyPem };
    expect(await probe({ port: 9300, clientCertificate })).toMatchObject({ kind: 'established', authorized: true });
  });

  it('reports a port nobody listens on', async () => {
    expect(await probe({ port: 9200 })).toEqual({ kind: 'unreachable', code: 'ECONNREFUSED' });
  });
});
