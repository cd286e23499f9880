import { Client, errors } from '@elastic/elasticsearch';
import {
  createElasticsearchServer,
  type ElasticsearchServerOptions,
  type SandboxElasticsearch,
} from '../create_elasticsearch_server';
import { SEED_PASSWORDS, type SeedUsername } from '../security/seed_users';

/** A running sandbox cluster and official clients logged in as whoever a test needs. */
export interface SandboxUnderTest {
  readonly es: SandboxElasticsearch;
  /** A seed user, explicit credentials, an encoded API key, or `'anonymous'` for no credentials at all. */
  clientFor(who: SeedUsername | { username: string; password: string } | { apiKey: string } | 'anonymous'): Client;
  close(): Promise<void>;
}

export async function startSandboxForTest(
  options: Partial<ElasticsearchServerOptions> = {},
): Promise<SandboxUnderTest> {
  const es = await createElasticsearchServer({
    clusterName: 'local',
    version: '9.1.0',
    licenseType: 'enterprise',
    ...options,
  });
  const clients: Client[] = [];
  return {
    es,
    clientFor(who) {
      const auth =
        who === 'anonymous'
          ? undefined
          : typeof who === 'string'
            ? { username: who, password: options.passwords?.[who] ?? SEED_PASSWORDS[who] }
            : who;
      // No retries: a test wants the first answer, not three of them.
      const client = new Client({ node: es.url, auth, maxRetries: 0 });
      clients.push(client);
      return client;
    },
    async close() {
      await Promise.all(clients.map((client) => client.close()));
      await es.close();
    },
  };
}

export interface CaughtResponseError {
  readonly statusCode: number | undefined;
  readonly body: unknown;
  readonly headers: Record<string, unknown>;
}

/** Awaits a call that must fail with an HTTP error, and returns what the client saw. */
export async function responseErrorOf(call: Promise<unknown>): Promise<CaughtResponseError> {
  try {
    await call;
  } catch (error) {
    if (error instanceof errors.ResponseError) {
      return { statusCode: error.meta.statusCode, body: error.meta.body, headers: error.meta.headers ?? {} };
    }
    throw error;
  }
  throw new Error('Expected the call to fail with a response error, but it succeeded');
}

/** The `error.reason` of an Elasticsearch error body. */
export function reasonOf(body: unknown): string | undefined {
  return (body as { error?: { reason?: string } }).error?.reason;
}
