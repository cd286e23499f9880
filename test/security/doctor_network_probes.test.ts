import { createServer, type AddressInfo, type Server } from 'node:net';
import { DoctorSandbox } from '../flows/support/doctor_sandbox';
import { createSecretScanner, finalScan } from '../support/secret_scanner';

jest.setTimeout(60_000);

/**
 * The doctor's TCP and TLS probes dial only the proxy address the local cluster has configured for
 * an alias: whatever a user puts in the request, the Kibana server connects nowhere else.
 */
describe("the doctor's network probes", () => {
  let sandbox: DoctorSandbox;
  const scanner = createSecretScanner();
  let target: Server;
  let connections = 0;
  let address = '';

  beforeAll(async () => {
    sandbox = await DoctorSandbox.start(scanner.tap);
    scanner.collect(sandbox.world);
    // Stands for any host and port a user would like the server to reach.
    target = createServer((socket) => {
      connections++;
      socket.destroy();
    });
    await new Promise<void>((resolve) => target.listen(0, '127.0.0.1', resolve));
    address = `127.0.0.1:${(target.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    const leaks = finalScan(scanner, sandbox.logLines, sandbox.world);
    target?.close();
    await sandbox?.stop();
    expect(leaks).toEqual([]);
  });

  /** Requests that try to name a host or port, each built around the listener's real address. */
  const HOSTILE: Array<[string, (host: string, port: string) => Record<string, string>]> = [
    ['host and port fields', (host, port) => ({ alias: 'legacy-dc', host, port })],
    ['a proxy_address field', (host, port) => ({ alias: 'legacy-dc', proxy_address: `${host}:${port}` })],
    ['a server_name field', (host) => ({ alias: 'legacy-dc', server_name: host })],
    ['an address as the alias', (host, port) => ({ alias: `${host}:${port}` })],
    ['an address inside the alias', (host, port) => ({ alias: `legacy-dc@${host}:${port}` })],
    ['an address as namespace and name', (host, port) => ({ alias: 'legacy-dc', namespace: host, name: port })],
    [
      'an address as the name',
      (host, port) => ({ alias: 'legacy-dc', namespace: 'search-prod', name: `${host}:${port}` }),
    ],
    ['an address as the index pattern', (host, port) => ({ alias: 'legacy-dc', index: `${host}:${port}` })],
    ['an address among index patterns', (host, port) => ({ alias: 'legacy-dc', index: `logs-*,${host}:${port}` })],
  ];

  it.each(HOSTILE)('refuses %s with a 400 that names the field, and dials nothing', async (_, build) => {
    const [host, port] = address.split(':');
    const before = connections;
    const response = await sandbox.diagnose(build(host, port) as { alias: string });
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ attributes: { code: 'INVALID_REQUEST', field: expect.any(String) } });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(connections).toBe(before);
  });

  it("dials the alias's own proxy address and nothing else, whatever ECK cluster the request names", async () => {
    const logs = await sandbox.exposeRemoteClusterServer({ namespace: 'search-prod', name: 'logs-prod' });
    await sandbox.configureRemotes({ elsewhere: { mode: 'proxy', proxy_address: '127.0.0.1:9' } });
    const before = connections;
    const { body } = await sandbox.diagnose({ alias: 'elsewhere', namespace: 'search-prod', name: 'logs-prod' });
    expect(body.hops.find((h) => h.id === 'tcp')?.evidence).toEqual([
      expect.objectContaining({ subject: 'TCP 127.0.0.1:9', source: 'kibana_host' }),
    ]);
    expect(connections).toBe(before);
    // The ECK cluster's own address is only compared with, never dialled.
    expect(JSON.stringify(body.hops.find((h) => h.id === 'exposure')?.evidence)).toContain(logs);
  });

  it('connects to an address once the local cluster itself has it as a proxy address (the probe is real)', async () => {
    await sandbox.configureRemotes({ probed: { mode: 'proxy', proxy_address: address } });
    const before = connections;
    const { body } = await sandbox.diagnose({ alias: 'probed' });
    expect(body.hops.find((h) => h.id === 'tcp')?.status).toBe('ok');
    expect(connections).toBeGreaterThan(before);
  });
});
