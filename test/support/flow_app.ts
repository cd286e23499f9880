import type { Standalone } from '../../dev/host/start_standalone';
import { startSandboxApp } from '../browser/support/standalone_app';
import { capturingLogger } from '../flows/capturing_logger';
import { QUICK_WORLD } from '../flows/connect_logs_remote';
import { createSecretScanner, finalScan, type SecretScanner } from './secret_scanner';

/** The standalone host over a sandbox whose ECK, load balancers and CA reloads are quick, for end-to-end flows. */
export function startFlowApp(logLines: string[] = []): Promise<Standalone> {
  return startSandboxApp({
    world: QUICK_WORLD,
    logger: capturingLogger(logLines),
  });
}

/**
 * A flow suite's app, started before its tests and stopped after them, with every response it
 * taps and every log line scanned for secrets at the end: a leak fails the suite.
 */
export function scannedFlowApp(start: (logLines: string[]) => Promise<Standalone> = startFlowApp) {
  const suite = { logLines: [] as string[] } as { app: Standalone; scanner: SecretScanner; logLines: string[] };
  beforeAll(async () => {
    suite.app = await start(suite.logLines);
    suite.scanner = createSecretScanner(suite.app.world);
  });
  afterAll(async () => {
    const leaks = suite.scanner ? finalScan(suite.scanner, suite.logLines, suite.app.world) : [];
    await suite.app?.stop();
    expect(leaks).toEqual([]);
  });
  return suite;
}
