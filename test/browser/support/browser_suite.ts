import type { Browser } from 'playwright-core';
import type { Standalone, StandaloneExtras } from '../../../dev/host/start_standalone';
import { launchChromium } from './chromium';
import { startSandboxApp } from './standalone_app';

export interface BrowserSuite {
  readonly app: Standalone;
  readonly browser: Browser;
}

/**
 * The standalone host over a fresh sandbox, and Chromium, for the `describe` block that calls
 * this: started before its tests, stopped after them.
 */
export function sandboxInChromium(extras: StandaloneExtras = {}): BrowserSuite {
  const suite = {} as { app: Standalone; browser: Browser };
  beforeAll(async () => {
    [suite.app, suite.browser] = await Promise.all([startSandboxApp(extras), launchChromium()]);
  });
  afterAll(async () => {
    await suite.browser?.close();
    await suite.app?.stop();
  });
  return suite;
}
