import { SEED_PASSWORDS } from '../../dev/sandbox/elasticsearch';
import { CORE_TYPES } from '../../dev/sandbox/kubernetes/resource_types';
import { PLUGIN_TOKEN, startSandboxWorld, type SandboxWorld } from '../../dev/sandbox/world';
import { createSecretScanner } from './secret_scanner';

const SECRETS = CORE_TYPES.find((type) => type.plural === 'secrets')!;

/** The scanner has to be able to fail: planted secrets are found, and named without being printed. */
describe('secret scanner', () => {
  let world: SandboxWorld;
  beforeAll(async () => {
    world = await startSandboxWorld();
  });
  afterAll(() => world.stop());

  const eckPassword = () => {
    const secret = world.kubernetes.store.get(SECRETS, 'search-prod', 'logs-prod-es-elastic-user') as unknown as {
      data: Record<string, string>;
    };
    return Buffer.from(secret.data.elastic, 'base64').toString('utf8');
  };

  it('finds the ECK elastic password, the plugin token and a user password, and names them only', () => {
    const scanner = createSecretScanner(world);
    scanner.record('a log', `connecting with ${eckPassword()}`);
    scanner.record('a response', JSON.stringify({ token: PLUGIN_TOKEN }));
    scanner.record('another log', `Basic ${Buffer.from(`admin:${SEED_PASSWORDS.admin}`).toString('base64')}`);
    scanner.record('a clean log', 'nothing to see');
    const hits = scanner.hits();
    expect(hits).toEqual(
      expect.arrayContaining([
        { secret: 'the elastic password in search-prod/logs-prod-es-elastic-user', where: 'a log' },
        { secret: 'the plugin Kubernetes token', where: 'a response' },
        { secret: 'the Basic credentials of admin', where: 'another log' },
      ]),
    );
    expect(hits.some((hit) => hit.where === 'a clean log')).toBe(false);
    expect(JSON.stringify(hits)).not.toContain(eckPassword());
  });

  it('allows the one-time key in the answer that created it, and nowhere else', () => {
    const scanner = createSecretScanner(world);
    const encoded = Buffer.from('key-id:a-secret-of-22-chars__').toString('base64');
    const created = { applied: true, apiKey: { id: 'key-id', name: 'kibana-remote-logs', encoded } };
    const path = '/internal/eck_remote_clusters/connections/api_key/apply';
    scanner.tap({ status: 200, body: created, text: JSON.stringify(created) }, { method: 'POST', path });
    expect(scanner.hits()).toEqual([]);
    scanner.tap(
      { status: 200, body: { echo: encoded }, text: JSON.stringify({ echo: encoded }) },
      { method: 'POST', path },
    );
    expect(scanner.hits()).toEqual([
      { secret: `the API key created by POST ${path}`, where: `the 200 answer to POST ${path}` },
    ]);
  });

  it('finds private keys held in Kubernetes Secrets', () => {
    const scanner = createSecretScanner(world);
    const withKey = world.kubernetes.store
      .list(SECRETS, undefined, [])
      .flatMap((secret) => Object.values((secret as unknown as { data?: Record<string, string> }).data ?? {}))
      .map((value) => Buffer.from(value, 'base64').toString('utf8'))
      .find((value) => value.includes('PRIVATE KEY'));
    expect(withKey).toBeDefined();
    scanner.record('an error message', `failed: ${withKey}`);
    expect(scanner.hits()[0]?.secret).toMatch(/^the private key /);
  });

  it('finds a pasted private key in a JSON answer, where its newlines are escaped, and names only the request', () => {
    const scanner = createSecretScanner();
    const pem = world.localElasticsearch.transportCa.privateKeyPem;
    scanner.addPrivateKeys('the key pasted as choices.localTransportCa', {
      choices: { localTransportCa: `-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n${pem}` },
    });
    scanner.record('a clean answer', JSON.stringify({ message: 'choices.localTransportCa holds a private key' }));
    expect(scanner.hits()).toEqual([]);
    scanner.record('an answer echoing it', JSON.stringify({ message: `refused: ${pem}` }));
    const hits = scanner.hits();
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((hit) => hit.where === 'an answer echoing it')).toBe(true);
    expect(hits[0].secret).toContain('the key pasted as choices.localTransportCa');
    expect(JSON.stringify(hits)).not.toContain(pem.split('\n')[1]);
  });
});
