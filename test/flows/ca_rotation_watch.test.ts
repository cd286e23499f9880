import type { CaWatchFinding, CaWatchResponse } from '../../common/ca_watch/ca_watch_types';
import { API_ROUTES } from '../../common/api/api_routes';
import type { Standalone } from '../../dev/host/start_standalone';
import { createNodeActions } from '../../dev/sandbox/nodes';
import { startSandboxApp } from '../browser/support/standalone_app';
import { eventually, hostApiClient } from '../support/host_api_client';
import { createSecretScanner, finalScan, type SecretScanner } from '../support/secret_scanner';
import { capturingLogger } from './capturing_logger';
import { connectLogsRemote, QUICK_WORLD } from './connect_logs_remote';
import { startContinuousSearches } from './continuous_searches';

jest.setTimeout(120_000);

/**
 * ECK renews the transport CA of a connected cluster: the watch (route and background interval)
 * detects it, offers the new CA for the file the nodes already trust, and after the same-path
 * rewrite on every node — no restart — reports the CA in sync again, while the CCS user searches.
 */
describe('CA-rotation watch', () => {
  let app: Standalone;
  let scanner: SecretScanner;
  const logLines: string[] = [];
  beforeAll(async () => {
    app = await startSandboxApp({
      world: QUICK_WORLD,
      logger: capturingLogger(logLines),
      caWatchIntervalMs: 200,
    });
    scanner = createSecretScanner(app.world);
  });
  afterAll(async () => {
    const leaks = finalScan(scanner, logLines, app.world);
    await app?.stop();
    expect(leaks).toEqual([]);
  });

  it('detects a rotation and an expiring CA, and the same-path rewrite brings it back in sync without failures', async () => {
    await connectLogsRemote(app);
    const reader = hostApiClient(app.baseUrl, 'ccs_user', scanner.tap);
    const admin = hostApiClient(app.baseUrl, 'admin', scanner.tap);
    const watch = async () => (await admin.get<CaWatchResponse>(API_ROUTES.caWatch.path)).body;
    const logsProd = (result: CaWatchResponse) => result.findings.find((f) => f.name === 'logs-prod') as CaWatchFinding;

    const before = logsProd(await watch());
    expect(before).toMatchObject({ namespace: 'search-prod', aliases: ['logs'], state: 'in_sync' });
    expect(before.trustedBy).toHaveLength(1);
    expect(before.uncheckedNodes).toHaveLength(2);
    // Only connected ECK clusters are watched.
    expect((await watch()).findings.map((f) => f.name)).toEqual(['logs-prod']);
    // A user without the read privilege is refused.
    expect((await reader.get(API_ROUTES.caWatch.path)).status).toBe(403);

    const searches = startContinuousSearches(app.world!.localElasticsearchUrl);
    try {
      await searches.more(5);
      await app.world!.operator.rotateTransportCa('search-prod', 'logs-prod', { keepKey: true, validityDays: 20 });
      const rotated = logsProd(await watch());
      expect(rotated).toMatchObject({ state: 'rotation_detected', notTrustedBy: before.trustedBy });
      expect(rotated.current!.serialNumber).not.toBe(before.current!.serialNumber);
      expect(rotated.reason).toContain(`not trusted by ${before.trustedBy[0]}`);
      // The background watch logs it too, without the certificate itself.
      await eventually(
        async () => logLines.join('\n'),
        (text) => text.includes('search-prod/logs-prod (remote logs) rotation detected'),
      );
      expect(logLines.join('\n')).not.toContain('BEGIN CERTIFICATE');

      // The same-path rewrite on every node, as written: no elasticsearch.yml change, no restart.
      const nodes = createNodeActions(app.world!.localElasticsearch);
      const rewrite = rotated.rewrite!;
      expect(rewrite.settings).toEqual([]);
      expect(rewrite.pendingNodes).toHaveLength(3);
      const yamlBefore = rewrite.pendingNodes.map((node) => nodes.readYaml(node));
      for (const node of rewrite.pendingNodes) {
        for (const file of rewrite.files) nodes.placeFile(node, file.path.replace(/^config\//, ''), file.content);
      }
      expect(rewrite.pendingNodes.map((node) => nodes.readYaml(node))).toEqual(yamlBefore);
      expect(nodes.listNodes().map((node) => node.status)).toEqual(['running', 'running', 'running']);

      // Back in sync with the new CA, which expires within the 30-day window: the warning stays.
      const synced = logsProd(await eventually(watch, (result) => logsProd(result).state !== 'rotation_detected'));
      expect(synced).toMatchObject({ state: 'expiring', trustedBy: before.trustedBy, expiresInDays: 19 });
      expect(synced.current!.serialNumber).toBe(rotated.current!.serialNumber);
      await searches.more(5);
    } finally {
      await searches.stop();
    }
    expect(searches.searches).toBeGreaterThanOrEqual(10);
    expect(searches.failures).toEqual([]);
  });

  // The control: the searches above would have seen a broken trust. A re-key (a new CA key, as when
  // the CA Secret is deleted) breaks the nodes' trust at once, and the same rewrite repairs it.
  it('a re-keyed CA breaks the searches until the same-path rewrite, which repairs them without a restart', async () => {
    const admin = hostApiClient(app.baseUrl, 'admin', scanner.tap);
    const nodes = createNodeActions(app.world!.localElasticsearch);
    const broken = startContinuousSearches(app.world!.localElasticsearchUrl);
    let finding: CaWatchFinding;
    try {
      await app.world!.operator.rotateTransportCa('search-prod', 'logs-prod', { keepKey: false });
      finding = (await admin.get<CaWatchResponse>(API_ROUTES.caWatch.path)).body.findings[0];
      expect(finding.state).toBe('rotation_detected');
      await eventually(
        async () => broken.failures.length,
        (count) => count > 0,
      );
    } finally {
      await broken.stop();
    }
    for (const node of finding.rewrite!.pendingNodes) {
      for (const file of finding.rewrite!.files)
        nodes.placeFile(node, file.path.replace(/^config\//, ''), file.content);
    }
    await eventually(
      async () => (await admin.get<CaWatchResponse>(API_ROUTES.caWatch.path)).body.findings[0].state,
      (state) => state === 'in_sync',
    );
    const repaired = startContinuousSearches(app.world!.localElasticsearchUrl);
    // Connections are rebuilt on the next dial; from then on every search reaches the remote.
    await eventually(
      async () => repaired.searches - repaired.failures.length,
      (successes) => successes > 0,
    );
    const failuresSoFar = repaired.failures.length;
    // Counted in searches, not milliseconds: a loaded machine runs fewer of them in a fixed time.
    await repaired.more(10);
    await repaired.stop();
    expect(repaired.failures.length).toBe(failuresSoFar);
    expect(nodes.listNodes().map((node) => node.status)).toEqual(['running', 'running', 'running']);
  });
});
