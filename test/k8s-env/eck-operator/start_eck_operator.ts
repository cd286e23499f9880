import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CoreV1Api, KubeConfig } from '@kubernetes/client-node';
import { startProcess } from '../managed_process';
import type { ControlPlane } from '../start_control_plane';
import { installOperatorCrds, readOperatorCrds } from './install_crds';
import {
  elasticsearchControllerStarted,
  readOperatorLog,
  type LogExpectation,
  type OperatorLogEntry,
} from './operator_log';
import type { EckOperatorBinary } from './operator_binaries';

/** The real ECK operator, running against a control plane from start_control_plane.ts. */
export interface EckOperator {
  version: string;
  pid: number;
  operatorNamespace: string;
  /** The namespaces it watches, besides its own. */
  namespaces: string[];
  /** The CRDs installed from the operator module's own bundle. */
  crds: string[];
  crdInstallMs: number;
  /** From spawning the operator until its Elasticsearch controller started its workers. */
  startupMs: number;
  logPath: string;
  log(): OperatorLogEntry[];
  /** Resolves with the first log entry that matches, failing early if the operator exits. */
  waitForLog(expectation: LogExpectation, timeoutMs?: number): Promise<OperatorLogEntry>;
  /** Stops the operator by PID and removes its log. Safe to call twice. */
  stop(): Promise<void>;
}

export interface StartEckOperatorOptions {
  /** Namespaces to watch; they are created if missing. They must be known now: the cache is built once. */
  namespaces: string[];
  operatorNamespace?: string;
  readyTimeoutMs?: number;
  log?: (message: string) => void;
}

function managerArgs(operatorNamespace: string, namespaces: string[]): string[] {
  return [
    'manager',
    `--operator-namespace=${operatorNamespace}`,
    `--namespaces=${namespaces.join(',')}`,
    // Nothing registers the webhook with the API server here, so serving it would only cost certificates.
    '--enable-webhook=false',
    '--manage-webhook-certs=false',
    '--enable-leader-election=false',
    '--disable-telemetry',
    '--metrics-port=0',
    // There are no StorageClasses without a cloud provider or a storage plugin.
    '--validate-storage-class=false',
    // Info: the reconcile start/end lines the tests wait for, without the debug flood that slows 2 cores.
    '--log-verbosity=0',
  ];
}

async function ensureNamespaces(core: CoreV1Api, names: string[]): Promise<void> {
  for (const name of names) {
    try {
      await core.createNamespace({ body: { metadata: { name } } });
    } catch (error) {
      if ((error as { code?: number }).code !== 409) throw error;
    }
  }
}

/**
 * Installs the operator's own CRDs, then starts it. Give each operator version a control plane of its
 * own: CRDs are cluster-wide, and each version must be tested with the schema it ships.
 */
export async function startEckOperator(
  controlPlane: ControlPlane,
  operator: EckOperatorBinary,
  options: StartEckOperatorOptions,
): Promise<EckOperator> {
  const { operatorNamespace = 'elastic-system', namespaces, readyTimeoutMs = 120_000 } = options;
  const log = options.log ?? ((message: string) => process.stderr.write(`${message}\n`));
  const kubeConfig = new KubeConfig();
  kubeConfig.loadFromString(controlPlane.kubeconfigYaml);

  const crdStarted = Date.now();
  const crds = await installOperatorCrds(kubeConfig, readOperatorCrds(operator.version));
  const crdInstallMs = Date.now() - crdStarted;
  // The operator writes its UUID and licensing ConfigMaps into its own namespace at start.
  await ensureNamespaces(kubeConfig.makeApiClient(CoreV1Api), [operatorNamespace, ...namespaces]);

  const dir = mkdtempSync(path.join(os.tmpdir(), `eck-rc-operator-${operator.version}-`));
  const logPath = path.join(dir, 'elastic-operator.log');
  const spawnedAt = Date.now();
  // The operator has no --kubeconfig flag (controller-runtime reads KUBECONFIG), and startProcess
  // passes no environment; env(1) execs the operator, so the PID stays the operator's own.
  const operatorProcess = await startProcess(
    `elastic-operator ${operator.version}`,
    '/usr/bin/env',
    [`KUBECONFIG=${controlPlane.kubeconfigPath}`, operator.binary, ...managerArgs(operatorNamespace, namespaces)],
    logPath,
  );

  let stopping: Promise<void> | undefined;
  // A safety net for a test run that ends without calling stop(): never leave the operator behind.
  const killOnExit = () => operatorProcess.hasExited() || process.kill(operatorProcess.pid, 'SIGKILL');
  process.once('exit', killOnExit);
  const stop = () =>
    (stopping ??= (async () => {
      await operatorProcess.stop();
      process.removeListener('exit', killOnExit);
      rmSync(dir, { recursive: true, force: true });
    })());

  const waitForLog = async (expectation: LogExpectation, timeoutMs = 60_000) => {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const entry = readOperatorLog(logPath).find(expectation.matches);
      if (entry) return entry;
      if (operatorProcess.hasExited()) {
        throw new Error(
          `The operator ended (${await operatorProcess.exited}) before ${expectation.what}.\n${operatorProcess.logTail()}`,
        );
      }
      if (Date.now() > deadline) {
        throw new Error(
          `Timed out after ${timeoutMs} ms waiting until ${expectation.what}.\n${operatorProcess.logTail()}`,
        );
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  };

  try {
    await waitForLog(elasticsearchControllerStarted, readyTimeoutMs);
  } catch (error) {
    await stop();
    throw error;
  }
  const startupMs = Date.now() - spawnedAt;
  log(
    `eck-operator: ECK ${operator.version} watching ${namespaces.join(', ')} after ${startupMs} ms ` +
      `(${crds.length} CRDs installed in ${crdInstallMs} ms)`,
  );

  return {
    version: operator.version,
    pid: operatorProcess.pid,
    operatorNamespace,
    namespaces,
    crds,
    crdInstallMs,
    startupMs,
    logPath,
    log: () => readOperatorLog(logPath),
    waitForLog,
    stop,
  };
}
