import { encodedCredentials, type StoredApiKey } from '../security/api_keys';
import type { RemoteClusterConfig } from '../settings/remote_cluster_settings';
import { decideConnection, type ConnectionAttempt } from '../remote_clusters/decide_connection';
import { connectionFixtures, ESTABLISHED, type ConnectionFixtures } from './connection_fixtures';

export const PROXY: RemoteClusterConfig = {
  alias: 'eck',
  mode: 'proxy',
  proxyAddress: 'logs.example.com:9443',
  serverName: 'logs-prod-es-remote-cluster.search-prod.svc',
  proxySocketConnections: 18,
  skipUnavailable: undefined,
};
export const LICENSE = { type: 'enterprise', status: 'active', uid: 'u', issueDate: new Date() } as const;

export type Overrides = (f: ConnectionFixtures) => Partial<ConnectionAttempt>;
export type KeyName = 'ccs' | 'rest' | 'invalidated' | 'expired';

/**
 * A row of the connection model's tables: what differs from a healthy API key remote, the cause,
 * phrases of the local log, the remote log's phrase and `_resolve/cluster`'s error. Key ids exist
 * only once the keys are created, so phrases name them `<ccs>`, `<rest>`…
 */
export type FailureRow = [string, Overrides, string, string[], string | undefined, string | undefined];

export interface ConnectionTable {
  readonly fixtures: () => ConnectionFixtures;
  readonly keys: Record<KeyName, StoredApiKey>;
  attempt(overrides: Overrides): ConnectionAttempt;
  failureOf(overrides: Overrides): ReturnType<typeof failure>;
  expectFailure(...row: FailureRow): void;
}

function failure(attempt: ConnectionAttempt) {
  const outcome = decideConnection(attempt);
  if (outcome.connected) throw new Error('expected the connection to fail');
  return outcome.failure;
}

/** Registers a `beforeAll` that creates the certificates, the remote and its keys. */
export function setUpConnectionTable(): ConnectionTable {
  let f: ConnectionFixtures;
  const keys = {} as Record<KeyName, StoredApiKey>;
  const owner = { username: 'elastic', realm: 'reserved', realmType: 'reserved', metadata: {}, roleDescriptors: {} };
  beforeAll(async () => {
    f = await connectionFixtures();
    keys.ccs = f.remote.apiKeys.create({
      ...owner,
      name: 'ccs',
      type: 'cross_cluster',
      access: { search: [{ names: ['logs-*'] }] },
    });
    keys.rest = f.remote.apiKeys.create({ ...owner, name: 'rest', type: 'rest' });
    const invalidated = f.remote.apiKeys.create({ ...owner, name: 'gone', type: 'cross_cluster' });
    keys.invalidated = { ...invalidated, invalidated: true };
    f.remote.apiKeys.replace(keys.invalidated);
    keys.expired = f.remote.apiKeys.create({
      ...owner,
      name: 'old',
      type: 'cross_cluster',
      expiration: Date.now() - 1000,
    });
  });
  // The API key model against the remote cluster server, everything in order, unless overridden.
  const attempt = (overrides: Overrides): ConnectionAttempt => ({
    alias: 'eck',
    remote: PROXY,
    local: { version: '9.1.5', license: LICENSE },
    credentials: encodedCredentials(keys.ccs),
    ssl: f.remoteClusterClient([f.eckCa.certificatePem]),
    endpoint: f.endpoint('remote_cluster_server'),
    tls: ESTABLISHED,
    now: new Date(),
    ...overrides(f),
  });
  const withIds = (text: string) => text.replace(/<(\w+)>/g, (_match, key: KeyName) => keys[key].id);
  return {
    fixtures: () => f,
    keys,
    attempt,
    failureOf: (overrides) => failure(attempt(overrides)),
    expectFailure(_name, overrides, cause, localPhrases, remotePhrase, resolveError) {
      const found = failure(attempt(overrides));
      expect(found.cause).toBe(cause);
      const localLog = found.localLog.map((line) => line.message).join('\n');
      for (const phrase of localPhrases) expect(localLog).toContain(withIds(phrase));
      if (remotePhrase === undefined) expect(found.remoteLog).toBeUndefined();
      else expect(found.remoteLog?.message).toContain(withIds(remotePhrase));
      expect(found.resolveError).toBe(resolveError && withIds(resolveError));
    },
  };
}
