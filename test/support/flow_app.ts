import type { Standalone } from '../../dev/host/start_standalone';
import { startSandboxApp } from '../browser/support/standalone_app';
import { capturingLogger } from '../flows/capturing_logger';
import { QUICK_WORLD } from '../flows/connect_logs_remote';

/** The standalone host over a sandbox whose ECK, load balancers and CA reloads are quick, for end-to-end flows. */
export function startFlowApp(logLines: string[] = []): Promise<Standalone> {
  return startSandboxApp({
    world: QUICK_WORLD,
    logger: capturingLogger(logLines),
  });
}
