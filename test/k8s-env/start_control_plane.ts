import { X509Certificate, generateKeyPairSync, randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { createServer, type AddressInfo, type Server } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { kubeconfigFor } from '../../dev/sandbox/kubernetes/kubeconfig';
import { findBinaries } from './binaries';
import { startProcess, type ManagedProcess } from './managed_process';

/** A real etcd and kube-apiserver on loopback, without kube-controller-manager, scheduler or nodes. */
export interface ControlPlane {
  serverUrl: string;
  /** The CA kube-apiserver generated for its self-signed serving certificate. */
  caPem: string;
  /** A static token of a user in system:masters. */
  adminToken: string;
  kubeconfigPath: string;
  /** The same kubeconfig (JSON, which is YAML), verifying the CA and using the admin token. */
  kubeconfigYaml: string;
  /** etcd's client URL, for what only etcd can do (compaction). */
  etcdUrl: string;
  /** kube-apiserver's changes on restartKubeApiserver(). */
  pids: { etcd: number; kubeApiserver: number };
  /** From spawning etcd until kube-apiserver's /readyz answered ok. */
  startupMs: number;
  /**
   * Stops kube-apiserver by PID and starts it again on the same port, etcd, certificate and tokens,
   * as an upgrade or a crash would; resolves once /readyz answers ok again, with how long that took.
   * `whileStopped` runs with kube-apiserver down and etcd up.
   */
  restartKubeApiserver(whileStopped?: () => Promise<void>): Promise<number>;
  /** Stops both processes by PID and removes the temporary directory. Safe to call twice. */
  stop(): Promise<void>;
}

export interface StartControlPlaneOptions {
  /** Where build.sh put the binaries and versions.json; defaults to build.sh's cache. */
  binDir?: string;
  /** How long etcd and then kube-apiserver each get to become ready. */
  readyTimeoutMs?: number;
  log?: (message: string) => void;
  /** More users for the static token file, beside the admin; they get their rights through real RBAC objects. */
  users?: StaticTokenUser[];
}

/** One line of kube-apiserver's --token-auth-file. */
export interface StaticTokenUser {
  token: string;
  user: string;
  groups?: string[];
}

const ADMIN_USER = 'k8s-env-admin';
const SERVICE_CLUSTER_IP_RANGE = '10.96.0.0/16';

async function freeLoopbackPorts(count: number): Promise<number[]> {
  // Held open together so that the ports differ; released just before the processes bind them.
  const servers = await Promise.all(
    Array.from(
      { length: count },
      () =>
        new Promise<Server>((resolve, reject) => {
          const server = createServer().once('error', reject);
          server.listen(0, '127.0.0.1', () => resolve(server));
        }),
    ),
  );
  const ports = servers.map((server) => (server.address() as AddressInfo).port);
  await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
  return ports;
}

interface Response {
  status: number;
  body: string;
}

function get(url: string, options: { caPem?: string; token?: string } = {}): Promise<Response | undefined> {
  const request = url.startsWith('https:') ? httpsRequest : httpRequest;
  const headers = options.token ? { authorization: `Bearer ${options.token}` } : undefined;
  return new Promise((resolve) => {
    const req = request(url, { ca: options.caPem, headers, timeout: 2_000 }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
    });
    // Not listening yet, or mid-start: the caller polls again.
    req.once('error', () => resolve(undefined));
    req.once('timeout', () => req.destroy());
    req.end();
  });
}

/** Polls `check` until it returns a value, failing early with the log of a process that exited. */
async function waitFor<T>(
  what: string,
  check: () => Promise<T | undefined> | T | undefined,
  processes: ManagedProcess[],
  timeoutMs: number,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const dead = processes.find((p) => p.hasExited());
    if (dead) throw new Error(`${dead.name} ended (${await dead.exited}) before ${what}.\n${dead.logTail()}`);
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) {
      throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}.\n${processes.at(-1)?.logTail() ?? ''}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/**
 * The CA certificate from the bundle kube-apiserver writes when it self-signs (serving certificate
 * first, then its CA), or undefined while the file is not (completely) written yet.
 */
function selfSignedCa(bundleFile: string): string | undefined {
  if (!existsSync(bundleFile)) return undefined;
  const blocks = readFileSync(bundleFile, 'utf8').match(
    /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g,
  );
  try {
    const ca = blocks?.find((pem) => new X509Certificate(pem).ca);
    return ca && `${ca}\n`;
  } catch {
    return undefined;
  }
}

function tokenFileLine({ token, user, groups = [] }: StaticTokenUser): string {
  // token,user,uid,"groups" as --token-auth-file reads it.
  return `${token},${user},${user}${groups.length > 0 ? `,"${groups.join(',')}"` : ''}\n`;
}

function writeCredentials(dir: string, adminToken: string, users: StaticTokenUser[]) {
  const { publicKey, privateKey } = generateKeyPairSync('rsa', {
    modulusLength: 2048,
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
  });
  const files = {
    serviceAccountPublicKey: path.join(dir, 'service-account.pub'),
    serviceAccountSigningKey: path.join(dir, 'service-account.key'),
    tokens: path.join(dir, 'tokens.csv'),
  };
  writeFileSync(files.serviceAccountPublicKey, publicKey);
  writeFileSync(files.serviceAccountSigningKey, privateKey, { mode: 0o600 });
  const lines = [{ token: adminToken, user: ADMIN_USER, groups: ['system:masters'] }, ...users].map(tokenFileLine);
  writeFileSync(files.tokens, lines.join(''), { mode: 0o600 });
  return files;
}

function etcdArgs(dir: string, clientPort: number, peerPort: number): string[] {
  const clientUrl = `http://127.0.0.1:${clientPort}`;
  const peerUrl = `http://127.0.0.1:${peerPort}`;
  return [
    `--data-dir=${path.join(dir, 'etcd')}`,
    `--listen-client-urls=${clientUrl}`,
    `--advertise-client-urls=${clientUrl}`,
    `--listen-peer-urls=${peerUrl}`,
    `--initial-advertise-peer-urls=${peerUrl}`,
    `--initial-cluster=default=${peerUrl}`,
    // The data is thrown away after the run, so durability buys nothing but slow writes.
    '--unsafe-no-fsync=true',
  ];
}

function kubeApiserverArgs(
  etcdClientPort: number,
  securePort: number,
  certDir: string,
  credentials: ReturnType<typeof writeCredentials>,
): string[] {
  return [
    `--etcd-servers=http://127.0.0.1:${etcdClientPort}`,
    '--bind-address=127.0.0.1',
    // Without it kube-apiserver looks for a default route, which a sandboxed host may lack.
    '--advertise-address=127.0.0.1',
    `--secure-port=${securePort}`,
    // With no --tls-cert-file, kube-apiserver self-signs apiserver.crt (certificate and CA) here.
    `--cert-dir=${certDir}`,
    `--token-auth-file=${credentials.tokens}`,
    '--authorization-mode=RBAC',
    '--service-account-issuer=https://kubernetes.default.svc',
    `--service-account-key-file=${credentials.serviceAccountPublicKey}`,
    `--service-account-signing-key-file=${credentials.serviceAccountSigningKey}`,
    // A /16, not envtest's /24: each ECK cluster takes several ClusterIPs.
    `--service-cluster-ip-range=${SERVICE_CLUSTER_IP_RANGE}`,
    '--allow-privileged=true',
    // The default ServiceAccount is created by a controller that does not run here.
    '--disable-admission-plugins=ServiceAccount',
    // Nothing needs the endpoints of the kubernetes Service, and fairness queues only cost CPU.
    '--endpoint-reconciler-type=none',
    '--enable-priority-and-fairness=false',
  ];
}

export async function startControlPlane(options: StartControlPlaneOptions = {}): Promise<ControlPlane> {
  const { readyTimeoutMs = 60_000, log = (message: string) => process.stderr.write(`${message}\n`) } = options;
  const binaries = findBinaries(options.binDir);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'eck-rc-k8s-env-'));
  const started: ManagedProcess[] = [];

  let stopping: Promise<void> | undefined;
  // A safety net for a test run that ends without calling stop(): never leave the servers behind.
  const killOnExit = () => started.forEach((p) => p.hasExited() || process.kill(p.pid, 'SIGKILL'));
  process.once('exit', killOnExit);
  const stop = () =>
    (stopping ??= (async () => {
      // kube-apiserver first, so that it does not spend its shutdown retrying a stopped etcd.
      for (const p of [...started].reverse()) await p.stop();
      process.removeListener('exit', killOnExit);
      rmSync(dir, { recursive: true, force: true });
    })());

  try {
    const [etcdClientPort, etcdPeerPort, securePort] = await freeLoopbackPorts(3);
    const adminToken = randomBytes(24).toString('hex');
    const credentials = writeCredentials(dir, adminToken, options.users ?? []);
    const certDir = path.join(dir, 'pki');
    const serverUrl = `https://127.0.0.1:${securePort}`;

    const spawnedAt = Date.now();
    const etcd = await startProcess(
      'etcd',
      binaries.etcd,
      etcdArgs(dir, etcdClientPort, etcdPeerPort),
      path.join(dir, 'etcd.log'),
    );
    started.push(etcd);
    await waitFor(
      'etcd is healthy',
      async () => ((await get(`http://127.0.0.1:${etcdClientPort}/health`))?.status === 200 ? true : undefined),
      started,
      readyTimeoutMs,
    );
    const etcdReadyMs = Date.now() - spawnedAt;

    // The same arguments and log on a restart: the certificate in certDir is reused, not regenerated.
    const spawnKubeApiserver = async () => {
      const kubeApiserver = await startProcess(
        'kube-apiserver',
        binaries.kubeApiserver,
        kubeApiserverArgs(etcdClientPort, securePort, certDir, credentials),
        path.join(dir, 'kube-apiserver.log'),
      );
      started.push(kubeApiserver);
      return kubeApiserver;
    };
    const untilReady = (caPem: string) =>
      waitFor(
        `${serverUrl}/readyz answers ok`,
        async () => {
          const response = await get(`${serverUrl}/readyz`, { caPem, token: adminToken });
          return response?.status === 200 && response.body === 'ok' ? true : undefined;
        },
        started,
        readyTimeoutMs,
      );

    let kubeApiserver = await spawnKubeApiserver();
    const caPem = await waitFor(
      'kube-apiserver wrote its certificate',
      () => selfSignedCa(path.join(certDir, 'apiserver.crt')),
      started,
      readyTimeoutMs,
    );
    await untilReady(caPem);
    const startupMs = Date.now() - spawnedAt;
    log(
      `k8s-env: Kubernetes ${binaries.kubernetesVersion} and etcd ${binaries.etcdVersion} ready at ${serverUrl} ` +
        `in ${startupMs} ms (etcd healthy after ${etcdReadyMs} ms)`,
    );

    const kubeconfigYaml = kubeconfigFor({ url: serverUrl, caPem }, adminToken, 'k8s-env');
    const kubeconfigPath = path.join(dir, 'admin.kubeconfig');
    writeFileSync(kubeconfigPath, kubeconfigYaml, { mode: 0o600 });

    const pids = { etcd: etcd.pid, kubeApiserver: kubeApiserver.pid };
    const restartKubeApiserver = async (whileStopped?: () => Promise<void>) => {
      await kubeApiserver.stop();
      started.splice(started.indexOf(kubeApiserver), 1);
      await whileStopped?.();
      const restartedAt = Date.now();
      kubeApiserver = await spawnKubeApiserver();
      pids.kubeApiserver = kubeApiserver.pid;
      await untilReady(caPem);
      return Date.now() - restartedAt;
    };

    return {
      serverUrl,
      caPem,
      adminToken,
      kubeconfigPath,
      kubeconfigYaml,
      etcdUrl: `http://127.0.0.1:${etcdClientPort}`,
      pids,
      startupMs,
      restartKubeApiserver,
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
