import { createServer } from 'node:net';
import { DOCTOR_CATALOGUE, DOCTOR_FAILURE_IDS, type DoctorFailureId } from '../../common/doctor/doctor_catalogue';
import { HOP_IDS } from '../../common/doctor/hop_types';
import { KUBE } from '../../dev/sandbox/eck/kube_types';
import { startSilentListener, type SilentListener } from '../../dev/sandbox/network/silent_listener';
import { PLUGIN_TOKEN } from '../../dev/sandbox/world';
import { createSecretScanner, finalScan } from '../support/secret_scanner';
import { DoctorSandbox, type DoctorQuery, type EckRef } from './support/doctor_sandbox';

jest.setTimeout(120_000);

const LOGS: EckRef = { namespace: 'search-prod', name: 'logs-prod' };
const EVENTS: EckRef = { namespace: 'analytics', name: 'events-8' };
const BASIC: EckRef = { namespace: 'team-basic', name: 'basic-search' };
const METRICS: EckRef = { namespace: 'search-ops', name: 'metrics-prod' };
const EXPIRED: EckRef = { namespace: 'search-prod', name: 'doctor-expired' };
const FROZEN: EckRef = { namespace: 'doctor-static', name: 'frozen' };
const STALLED: EckRef = { namespace: 'doctor-static', name: 'stalled' };
const serverName = (ref: EckRef) => `${ref.name}-es-remote-cluster.${ref.namespace}.svc`;
const ADMIN = 'admin' as const;
/** Where the silent remote listens, once started. */
let hungAddress = '';

interface Reproduction {
  /** How the sandbox is broken, in the words of the failure. */
  situation: string;
  query: DoctorQuery;
  user?: typeof ADMIN;
  /** Run just before the diagnosis; returns what undoes it, if anything must be undone. */
  arrange?: (sandbox: DoctorSandbox) => Promise<(() => void) | void>;
  names: DoctorFailureId[];
}

/** A port on loopback that refuses connections: bound once, then closed. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/**
 * Every catalogue entry, reproduced in the sandbox the way it happens to an admin, in an order
 * where each breakage leaves the next ones' arrangement alone (the ones that break shared state last).
 */
const REPRODUCTIONS: Reproduction[] = [
  {
    situation: 'the alias is not a remote of the local cluster',
    query: { alias: 'ghost' },
    names: ['alias_not_configured'],
  },
  {
    situation: 'the named ECK cluster does not exist',
    query: { alias: 'dangling', namespace: 'search-prod', name: 'nope' },
    names: ['eck_cluster_not_found'],
  },
  {
    situation: 'the ECK cluster is mid-change and the operator has not seen the last edit',
    query: { alias: 'dangling', ...STALLED },
    arrange: async (sandbox) => {
      sandbox.updateElasticsearch(STALLED, (o) => ({ ...o, spec: { ...(o.spec as object), version: '9.1.6' } }));
    },
    names: ['eck_cluster_not_ready', 'eck_changes_not_observed'],
  },
  {
    situation: 'the remote cluster server is off',
    query: { alias: 'dangling', ...METRICS },
    names: ['remote_cluster_server_disabled'],
  },
  {
    situation: 'the remote cluster server is on but ECK has not created its Service, nor anything exposes it',
    query: { alias: 'dangling', ...FROZEN },
    names: ['remote_cluster_service_missing', 'exposure_address_missing'],
  },
  {
    situation: 'the alias is checked against a cluster it does not dial',
    query: { alias: 'logs', ...EVENTS },
    names: ['proxy_address_not_this_cluster', 'tls_not_signed_by_eck_ca'],
  },
  {
    situation: 'the alias is in sniff mode towards ECK',
    query: { alias: 'sniffy', ...LOGS },
    names: ['sniff_mode_with_eck'],
  },
  {
    situation: 'nothing listens at the proxy address',
    query: { alias: 'dangling' },
    names: ['proxy_address_unreachable', 'not_connected'],
  },
  {
    situation: 'no server_name, and the load balancer IP is not in the certificate',
    query: { alias: 'noname' },
    names: ['tls_server_name_mismatch'],
  },
  {
    situation: "the ECK cluster's CA and certificates are out of their dates, and the nodes never trusted that CA",
    query: { alias: 'expired' },
    names: ['tls_certificate_expired', 'local_ca_not_trusted'],
  },
  {
    situation: 'an API key alias dials the transport port',
    query: { alias: 'transport' },
    names: ['transport_port_with_credentials'],
  },
  {
    situation: 'no keystore entry for the alias, on the remote cluster server port',
    query: { alias: 'nokey' },
    names: ['remote_cluster_port_without_credentials', 'credentials_missing'],
  },
  {
    situation: 'the keystore holds a key of another cluster',
    query: { alias: 'foreign' },
    names: ['api_key_unauthenticated'],
  },
  {
    situation: 'the key was invalidated',
    query: { alias: 'revoked' },
    names: ['api_key_invalidated'],
  },
  {
    situation: 'the key expired',
    query: { alias: 'stale' },
    names: ['api_key_expired'],
  },
  {
    situation: 'the keystore holds a REST API key',
    query: { alias: 'restkey' },
    names: ['api_key_not_cross_cluster'],
  },
  {
    situation: 'a 9.1 cluster and an 8.19 remote',
    query: { alias: 'events' },
    names: ['versions_not_compatible'],
  },
  {
    situation: 'the remote runs a Basic licence',
    query: { alias: 'basic' },
    names: ['licence_not_enterprise'],
  },
  {
    situation: "the user's roles have no remote_indices for the alias",
    query: { alias: 'logs' },
    user: ADMIN,
    names: ['no_remote_indices'],
  },
  {
    situation: 'the key grants logs-* only, and the superuser searches a metrics index',
    query: { alias: 'logs', index: 'metrics-host-2026.11' },
    names: ['key_access_too_narrow'],
  },
  {
    situation: "the key grants everything, and the user's remote_indices only logs-app-*",
    query: { alias: 'wide', index: 'metrics-host-2026.11' },
    user: ADMIN,
    names: ['role_too_narrow'],
  },
  {
    situation: 'ECK renewed its CA and the nodes keep the old copy',
    query: { alias: 'events' },
    arrange: async (sandbox) => {
      await sandbox.world.operator.rotateTransportCa(EVENTS.namespace, EVENTS.name, { keepKey: true });
    },
    names: ['local_ca_out_of_date'],
  },
  {
    situation: 'the Kubernetes API server fails',
    query: { alias: 'logs', ...LOGS },
    arrange: async (sandbox) => {
      sandbox.world.kubernetes.faults.inject({ fault: 'error' });
      return () => sandbox.world.kubernetes.faults.clear();
    },
    names: ['kubernetes_unavailable'],
  },
  {
    situation: 'the remote never answers',
    query: { alias: 'hung' },
    // Configured last, and not waited for: the nodes' first dial is still waiting when the doctor asks,
    // and every `_resolve/cluster` without an expression would wait for it too.
    arrange: async (sandbox) => {
      await sandbox.elastic.cluster.putSettings({
        persistent: { cluster: { remote: { hung: { mode: 'proxy', proxy_address: hungAddress } } } },
      });
    },
    names: ['resolve_timed_out'],
  },
];

describe('the doctor names every catalogued failure, reproduced in the sandbox', () => {
  let sandbox: DoctorSandbox;
  const scanner = createSecretScanner();
  let silent: SilentListener;
  /** Every diagnosis answered, and the secrets none of them may contain. */
  const responses: string[] = [];
  const secrets: string[] = [];

  beforeAll(async () => {
    sandbox = await DoctorSandbox.start(scanner.tap);
    scanner.collect(sandbox.world);
    const [logsIp, eventsIp, basicIp, transportIp] = await Promise.all([
      sandbox.exposeRemoteClusterServer(LOGS),
      sandbox.exposeRemoteClusterServer(EVENTS),
      sandbox.exposeRemoteClusterServer(BASIC),
      sandbox.exposeTransport(LOGS),
    ]);
    await sandbox.createEckCluster({ ...EXPIRED, version: '9.1.5', operatorVersion: '3.3.1' });
    const expiredIp = await sandbox.exposeRemoteClusterServer(EXPIRED);
    await sandbox.world.operator.rotateTransportCa(EXPIRED.namespace, EXPIRED.name, { validityDays: -0.5 });
    for (const ref of [FROZEN, STALLED]) {
      sandbox.seedStaticEckCluster({
        ...ref,
        version: '9.1.5',
        operatorVersion: '3.3.1',
        remoteClusterServerEnabled: true,
      });
    }
    sandbox.store.delete(KUBE.services, FROZEN.namespace, `${FROZEN.name}-es-remote-cluster`);
    sandbox.updateElasticsearch(
      STALLED,
      (o) => ({ ...o, status: { ...(o.status as object), phase: 'ApplyingChanges', health: 'yellow' } }),
      true,
    );

    const [logsKey, wideKey, eventsKey, foreignKey, revokedKey, staleKey] = await Promise.all([
      sandbox.crossClusterKey(LOGS, ['logs-*']),
      sandbox.crossClusterKey(LOGS, ['*']),
      sandbox.crossClusterKey(EVENTS, ['logs-*']),
      sandbox.crossClusterKey(EVENTS, ['*']),
      sandbox.crossClusterKey(LOGS, ['logs-*']),
      sandbox.crossClusterKey(LOGS, ['logs-*'], '1s'),
    ]);
    secrets.push(...[logsKey, wideKey, eventsKey, foreignKey, revokedKey, staleKey].map((k) => k.encoded));
    const logsClient = sandbox.eckClient(LOGS);
    const restKey = await logsClient.security.createApiKey({ name: 'doctor-rest' });
    secrets.push(restKey.encoded);
    await logsClient.security.invalidateApiKey({ ids: [revokedKey.id] });
    await logsClient.close();

    await sandbox.trustCas([
      sandbox.transportCaPem(LOGS),
      sandbox.transportCaPem(EVENTS),
      sandbox.transportCaPem(BASIC),
    ]);
    sandbox.addCredentials({
      logs: logsKey.encoded,
      wide: wideKey.encoded,
      events: eventsKey.encoded,
      foreign: foreignKey.encoded,
      revoked: revokedKey.encoded,
      stale: staleKey.encoded,
      restkey: restKey.encoded,
      basic: logsKey.encoded,
      transport: logsKey.encoded,
      expired: logsKey.encoded,
      hung: logsKey.encoded,
    });
    await sandbox.restartNodes();

    // A listener that accepts and never answers: the remote "hangs".
    silent = await startSilentListener('127.0.0.1', 0);
    sandbox.world.directory.addSilent(silent.host, silent.port);
    hungAddress = `${silent.host}:${silent.port}`;

    const proxy = (address: string, name: string | null) => ({
      mode: 'proxy',
      proxy_address: address,
      ...(name ? { server_name: name } : {}),
    });
    await sandbox.configureRemotes({
      logs: proxy(`${logsIp}:9443`, serverName(LOGS)),
      wide: proxy(`${logsIp}:9443`, serverName(LOGS)),
      foreign: proxy(`${logsIp}:9443`, serverName(LOGS)),
      revoked: proxy(`${logsIp}:9443`, serverName(LOGS)),
      stale: proxy(`${logsIp}:9443`, serverName(LOGS)),
      restkey: proxy(`${logsIp}:9443`, serverName(LOGS)),
      nokey: proxy(`${logsIp}:9443`, serverName(LOGS)),
      noname: proxy(`${logsIp}:9443`, null),
      transport: proxy(`${transportIp}:9300`, `logs-prod-es-transport.search-prod.svc`),
      events: proxy(`${eventsIp}:9443`, serverName(EVENTS)),
      basic: proxy(`${basicIp}:9443`, serverName(BASIC)),
      expired: proxy(`${expiredIp}:9443`, serverName(EXPIRED)),
      dangling: proxy(`127.0.0.1:${await closedPort()}`, null),
      sniffy: { mode: 'sniff', seeds: ['127.0.0.1:9300'] },
    });
    // Admin's role grants remote_indices for `wide` only, and only on logs-app-*.
    await sandbox.elastic.security.putRole({
      name: 'cluster_admin',
      cluster: ['manage'],
      remote_indices: [
        {
          clusters: ['wide'],
          names: ['logs-app-*'],
          privileges: ['read', 'read_cross_cluster', 'view_index_metadata'],
        },
      ],
    });
    // The 1s key has expired by now.
    await new Promise((resolve) => setTimeout(resolve, 1_100));
  });

  afterAll(async () => {
    const leaks = finalScan(scanner, sandbox.logLines, sandbox.world);
    await silent?.close();
    await sandbox?.stop();
    expect(leaks).toEqual([]);
  });

  it('finds a healthy API key remote ok at every hop', async () => {
    const { status, body } = await sandbox.diagnose({ alias: 'logs', ...LOGS });
    expect(status).toBe(200);
    expect(body.hops.map((hop) => [hop.id, hop.status, hop.reason])).toEqual(
      HOP_IDS.map((id) => [id, 'ok', expect.any(String)]),
    );
  });

  it('recognises the ECK cluster from the address, and from the server name alone', async () => {
    expect((await sandbox.diagnose({ alias: 'logs' })).body.eck).toEqual({ ...LOGS, identifiedBy: 'address' });
    await sandbox.configureRemotes({
      byname: { mode: 'proxy', proxy_address: '127.0.0.1:9', server_name: serverName(LOGS) },
    });
    expect((await sandbox.diagnose({ alias: 'byname' })).body.eck).toEqual({ ...LOGS, identifiedBy: 'server_name' });
    expect((await sandbox.diagnose({ alias: 'dangling' })).body.eck).toBeNull();
  });

  it('covers every catalogue entry with a reproduction', () => {
    const reproduced = new Set(REPRODUCTIONS.flatMap((r) => r.names));
    expect(DOCTOR_FAILURE_IDS.filter((id) => !reproduced.has(id))).toEqual([]);
  });

  it.each(REPRODUCTIONS.map((r) => [r.situation, r] as const))('%s', async (_, reproduction) => {
    const undo = await reproduction.arrange?.(sandbox);
    try {
      const { status, body, text } = await sandbox.diagnose(reproduction.query, reproduction.user);
      expect(status).toBe(200);
      for (const id of reproduction.names) {
        const hop = body.hops.find((h) => h.id === DOCTOR_CATALOGUE[id].hop)!;
        expect({ id, hop: hop.id, status: hop.status, named: hop.failures.map((f) => f.id) }).toEqual({
          id,
          hop: hop.id,
          status: 'failed',
          named: expect.arrayContaining([id]),
        });
      }
      responses.push(text);
    } finally {
      undo?.();
    }
  });

  it('answered every reproduction without a key, a password or a token', () => {
    expect(responses.length).toBe(REPRODUCTIONS.length);
    const leaked = secrets.concat(PLUGIN_TOKEN).filter((secret) => responses.some((text) => text.includes(secret)));
    expect(leaked).toEqual([]);
  });
});
