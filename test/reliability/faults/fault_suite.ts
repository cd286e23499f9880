import { Client } from '@elastic/elasticsearch';
import { ERROR_CATALOGUE } from '../../../common/errors/error_catalogue';
import type { KibanaErrorBody } from '../../../common/errors/plugin_error';
import { SEED_PASSWORDS } from '../../../dev/sandbox/elasticsearch';
import type { SandboxWorld } from '../../../dev/sandbox/world';
import type { HostResponse } from '../../support/host_api_client';
import { startSandboxHosts, type SandboxHosts } from '../../support/sandbox_hosts';
import { createSecretScanner, finalScan, type SecretHit, type SecretScanner } from '../../support/secret_scanner';
import { clearFaults, faultHits } from './fault_cells';

/** Short, so that each timeout cell costs a few seconds, yet long enough for a busy 2-core machine. */
const REQUEST_TIMEOUT_MS = 3_000;

/** One host on a quick sandbox, the secret scanner over it, and the local cluster as `elastic`. */
export interface FaultSuite {
  hosts: SandboxHosts;
  scanner: SecretScanner;
  elastic: Client;
}

export async function startFaultSuite(): Promise<FaultSuite> {
  const hosts = await startSandboxHosts({
    requestTimeoutMs: REQUEST_TIMEOUT_MS,
    world: { timings: { rollingRestartMs: 100, loadBalancerDelayMs: 100 }, sslFileReloadDelayMs: 100 },
  });
  const elastic = new Client({
    node: hosts.world.localElasticsearchUrl,
    auth: { username: 'elastic', password: SEED_PASSWORDS.elastic },
  });
  return { hosts, scanner: createSecretScanner(hosts.world), elastic };
}

/** Stops everything, and returns what the scanner found in every answer and log. */
export async function stopFaultSuite({ hosts, scanner, elastic }: FaultSuite): Promise<SecretHit[]> {
  const leaks = finalScan(scanner, hosts.logLines, hosts.world);
  await elastic.close();
  await hosts.stop();
  return leaks;
}

/** An error answer with one of `codes`, its catalogue status, and a message and fix worth reading. */
export function expectCatalogued(response: HostResponse<unknown>, codes: string[]) {
  const body = response.body as KibanaErrorBody;
  expect({ status: response.status, code: body.attributes?.code, message: body.message }).toEqual({
    status: body.attributes ? ERROR_CATALOGUE[body.attributes.code].statusCode : 'an error body',
    code: codes.includes(String(body.attributes?.code)) ? body.attributes?.code : codes.join(' or '),
    message: expect.any(String),
  });
  expect(body.message.length).toBeGreaterThan(10);
  expect(body.attributes!.fix.length).toBeGreaterThan(10);
}

/** The plan, read under the fault, still offers the step; the fault was hit, so this proves something. */
export async function expectUnaffected(
  world: SandboxWorld,
  inject: (world: SandboxWorld) => void,
  stepStatus: () => Promise<string>,
) {
  const hitsBefore = faultHits(world);
  inject(world);
  const status = await stepStatus();
  clearFaults(world);
  expect(faultHits(world)).toBeGreaterThan(hitsBefore);
  expect(status).toBe('ready');
}
