import { SEED_PASSWORDS } from '../../dev/sandbox/elasticsearch';
import { encodedCredentials } from '../../dev/sandbox/elasticsearch/security/api_keys';
import type { KubeObject } from '../../dev/sandbox/kubernetes/object_store';
import { CORE_TYPES, ELASTICSEARCH_TYPE } from '../../dev/sandbox/kubernetes/resource_types';
import { ADMIN_TOKEN, PLUGIN_TOKEN, type SandboxWorld } from '../../dev/sandbox/world';
import type { HostResponse, ResponseTap } from './host_api_client';

const SECRETS = CORE_TYPES.find((type) => type.plural === 'secrets')!;

/** Where a secret was found; the secret itself is never printed, only what it is. */
export interface SecretHit {
  secret: string;
  where: string;
}

export interface SecretScanner {
  /** Every secret the sandbox holds now (call again after keys were created; `hits` does). */
  collect(world: SandboxWorld): void;
  addSecret(label: string, value: string): void;
  /**
   * Every PEM private key anywhere in a value: a pasted PEM in a request body (a request that
   * carries one must never see it back, nor in a log), or a CA's key outside the sandbox world.
   */
  addPrivateKeys(label: string, value: unknown): void;
  /** Elasticsearch servers outside the sandbox world (the remote fleet's) whose API keys are secrets too. */
  watchServers(...servers: Array<{ model: SandboxWorld['localElasticsearch']['model'] }>): void;
  record(where: string, text: string): void;
  /** Records a response; the one answer that creates a key may carry it, once, in `apiKey.encoded`. */
  tap: ResponseTap;
  /** Records the sandbox's own logs: nodes, operator events, request URIs. */
  recordSandboxLogs(world: SandboxWorld): void;
  /** Collects again, then scans everything recorded so far. */
  hits(): SecretHit[];
  /** How many texts and secrets were compared, for the figures in docs/RELIABILITY.md. */
  counts(): { texts: number; secrets: number };
}

const decode = (value: string) => Buffer.from(value, 'base64').toString('utf8');

const PRIVATE_KEY_BLOCK = /-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?-----END [A-Z ]*PRIVATE KEY-----/g;

/** The strings anywhere in a JSON-like value. */
const stringsIn = (value: unknown): string[] =>
  typeof value === 'string'
    ? [value]
    : value && typeof value === 'object'
      ? Object.values(value).flatMap(stringsIn)
      : [];

/** The `api_key` of a create answer, cut out before the body is scanned, and remembered as a secret. */
function withoutOneTimeKey(response: HostResponse<unknown>): { text: string; key?: string } {
  const body = response.body as { apiKey?: { encoded?: unknown } } | null;
  const key = body && typeof body === 'object' ? body.apiKey?.encoded : undefined;
  if (typeof key !== 'string') return { text: response.text };
  return { text: JSON.stringify({ ...body, apiKey: { ...body!.apiKey, encoded: '[the one-time key]' } }), key };
}

/**
 * Finds secrets where they must never be: ECK `elastic` passwords, the plugin's and the admin's
 * Kubernetes tokens, the sandbox users' passwords, private keys, and every API key created (as
 * its secret and its encoded form), in logs and response bodies. Secrets shorter than 8
 * characters are ignored: they would match ordinary words.
 */
export function createSecretScanner(world?: SandboxWorld): SecretScanner {
  const secrets = new Map<string, string>();
  const texts: Array<{ where: string; text: string }> = [];
  const worlds = new Set<SandboxWorld>(world ? [world] : []);
  const servers = new Set<{ model: SandboxWorld['localElasticsearch']['model'] }>();

  const addSecret = (label: string, value: string) => {
    if (value.length >= 8) secrets.set(value, label);
  };
  /**
   * A PEM private key, as written and as a JSON string (in a JSON body its newlines are escaped).
   * Not line by line: the lines of a key that hold its public part also occur in its certificate.
   */
  const addPrivateKey = (label: string, pem: string) => {
    addSecret(label, pem.trim());
    addSecret(label, JSON.stringify(pem.trim()).slice(1, -1));
  };

  function collectKeysOf(server: { model: SandboxWorld['localElasticsearch']['model'] }) {
    for (const key of server.model.apiKeys.list()) {
      addSecret(`the secret of API key ${key.name}`, key.secret);
      addSecret(`the encoded API key ${key.name}`, encodedCredentials(key));
    }
  }

  // Known before any world: the sandbox's tokens and seed users are the same everywhere.
  addSecret('the plugin Kubernetes token', PLUGIN_TOKEN);
  addSecret('the Kubernetes admin token', ADMIN_TOKEN);
  for (const [user, password] of Object.entries(SEED_PASSWORDS)) {
    addSecret(`the password of ${user}`, password);
    addSecret(`the Basic credentials of ${user}`, Buffer.from(`${user}:${password}`).toString('base64'));
  }

  function collect(from: SandboxWorld) {
    worlds.add(from);
    addPrivateKey('the local transport CA private key', from.localElasticsearch.transportCa.privateKeyPem);
    for (const secret of from.kubernetes.store.list(SECRETS, undefined, []) as Array<
      KubeObject & { data?: Record<string, string> }
    >) {
      const where = `${secret.metadata.namespace}/${secret.metadata.name}`;
      for (const [key, value] of Object.entries(secret.data ?? {})) {
        const plain = decode(value);
        if (secret.metadata.name.endsWith('-es-elastic-user')) {
          addSecret(`the elastic password in ${where}`, plain);
          addSecret(`the elastic Basic credentials of ${where}`, Buffer.from(`elastic:${plain}`).toString('base64'));
        }
        if (plain.includes('PRIVATE KEY')) addPrivateKey(`the private key ${key} in ${where}`, plain);
      }
    }
    const clusters = from.kubernetes.store.list(ELASTICSEARCH_TYPE, undefined, []);
    collectKeysOf(from.localElasticsearch);
    for (const es of clusters) {
      const server = from.operator.elasticsearch(es.metadata.namespace!, es.metadata.name);
      if (server) collectKeysOf(server);
    }
  }

  const record = (where: string, text: string) => void texts.push({ where, text });

  return {
    collect,
    addSecret,
    addPrivateKeys(label, value) {
      for (const text of stringsIn(value))
        for (const [pem] of text.matchAll(PRIVATE_KEY_BLOCK)) addPrivateKey(label, pem);
    },
    watchServers: (...watched) => watched.forEach((server) => servers.add(server)),
    record,
    tap(response, request) {
      const { text, key } = withoutOneTimeKey(response);
      if (key) addSecret(`the API key created by ${request.method} ${request.path}`, key);
      record(`the ${response.status} answer to ${request.method} ${request.path}`, text);
    },
    recordSandboxLogs(from) {
      for (const node of from.localElasticsearch.nodes)
        record(`the log of node ${node.name}`, node.log.lines().join('\n'));
      record('the ECK operator events', JSON.stringify(from.operator.events));
      record('the Kubernetes request log', JSON.stringify(from.kubernetes.requests));
      record('the local Elasticsearch request log', JSON.stringify(from.localElasticsearch.requestLog.requests));
    },
    hits() {
      worlds.forEach(collect);
      servers.forEach(collectKeysOf);
      const found: SecretHit[] = [];
      for (const { where, text } of texts) {
        for (const [value, label] of secrets) if (text.includes(value)) found.push({ secret: label, where });
      }
      return found;
    },
    counts: () => ({ texts: texts.length, secrets: secrets.size }),
  };
}

/** A suite's last check: its host log and the sandbox's logs, scanned with every answer it tapped. */
export function finalScan(scanner: SecretScanner, logLines: string[], world?: SandboxWorld): SecretHit[] {
  scanner.record('the host log', logLines.join('\n'));
  if (world) scanner.recordSandboxLogs(world);
  return scanner.hits();
}
