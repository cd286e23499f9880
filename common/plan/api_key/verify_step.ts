import type { Observed, ObservedLocalRemote } from '../observation';
import { consoleRequest } from '../elasticsearch_commands';
import type { Evidence, PlanStep, PlannedChange } from '../plan_types';
import { blockedBy, step } from '../step_helpers';
import { judgeTestSearch, type TestSearch } from './test_search';

const TITLE = 'Verify the connection';

export interface ObservedResolution {
  connected: boolean;
  error?: string;
}

const titles = (steps: PlanStep[]) => steps.map((s) => `"${s.title}"`).join(' and ');

/** A remote whose server_name is not a name on the certificate fails TLS hostname verification. */
function wrongServerName(input: VerifyInput): PlanStep<'verify'> | undefined {
  const { alias, localRemote, resolution, expectedServerName } = input;
  if (!expectedServerName || !localRemote || localRemote.serverName === expectedServerName) return undefined;
  if (!resolution?.ok || resolution.value.connected) return undefined;
  return step(
    'verify',
    TITLE,
    'blocked',
    `${alias} does not connect: its server_name is ${localRemote.serverName ?? 'not set'}, but the ECK cluster's certificate names ${expectedServerName}. Set server_name to ${expectedServerName}.`,
    {
      evidence: [
        {
          subject: `cluster.remote.${alias}.server_name`,
          value: localRemote.serverName ?? 'unset',
          source: 'local_elasticsearch',
        },
      ],
    },
  );
}

interface VerifyInput {
  alias: string;
  localRemote: ObservedLocalRemote | null;
  resolution: Observed<ObservedResolution> | null;
  configureStep: PlanStep;
  /**
   * Earlier steps the connection needs that the plugin does not apply (the keystore, the CA on the
   * nodes): while one is not done, a failed check is expected, and the step waits for it.
   */
  prerequisites?: PlanStep[];
  /** The server name the ECK cluster's certificate carries. */
  expectedServerName?: string;
  /** The certificate model connects without credentials: `cluster_credentials` is not expected. */
  securityModel?: 'api_key' | 'certificate';
  /** A size-0 search on a pattern the admin granted, once the alias connects (API key model). */
  testSearch?: TestSearch;
}

const testSearchRequest = (expression: string): PlannedChange => ({
  kind: 'elasticsearch_request',
  cluster: 'local',
  method: 'POST',
  path: `/${expression}/_search`,
  body: { size: 0 },
  command: consoleRequest('POST', `/${expression}/_search`, { size: 0 }),
});

/**
 * `_remote/info` is passive and may be stale; `_resolve/cluster` connects for real. Done when the
 * alias is connected and has API key credentials.
 */
export function verifyStep(input: VerifyInput): PlanStep<'verify'> {
  const id = 'verify' as const;
  if (input.configureStep.status !== 'done') return wrongServerName(input) ?? blockedBy(id, TITLE, input.configureStep);
  const resolve: PlannedChange = {
    kind: 'elasticsearch_request',
    cluster: 'local',
    method: 'GET',
    path: '/_resolve/cluster?timeout=5s',
    command: consoleRequest('GET', '/_resolve/cluster?timeout=5s'),
  };
  const check = input.testSearch ? [resolve, testSearchRequest(input.testSearch.expression)] : [resolve];
  if (input.resolution === null) return step(id, TITLE, 'ready', 'Not checked yet.', { changes: check });
  const evidence: Evidence[] = [
    {
      subject: `_remote/info ${input.alias}`,
      value: input.localRemote?.connected ? 'connected' : 'not connected',
      source: 'local_elasticsearch',
    },
  ];
  if (!input.resolution.ok) {
    return step(id, TITLE, 'blocked', `The check failed: ${input.resolution.error}`, { evidence, changes: check });
  }
  const { connected, error } = input.resolution.value;
  evidence.push({
    subject: `_resolve/cluster ${input.alias}`,
    value: connected ? 'connected' : `not connected${error ? `: ${error}` : ''}`,
    source: 'local_elasticsearch',
  });
  const unfinished = (input.prerequisites ?? []).filter((s) => s.status !== 'done' && !s.optional);
  if (!connected && unfinished.length > 0) {
    return step(
      id,
      TITLE,
      'waiting',
      `${input.alias} does not connect yet${error ? ` (${error})` : ''}, as expected: ${titles(unfinished)} ${unfinished.length > 1 ? 'are' : 'is'} not done.`,
      { evidence, changes: check, waitingFor: titles(unfinished) },
    );
  }
  if (!connected) {
    return step(
      id,
      TITLE,
      'blocked',
      `${input.alias} does not connect${error ? `: ${error}` : ''}. The connection doctor tells why.`,
      { evidence, changes: check },
    );
  }
  if (input.securityModel === 'certificate') {
    return input.localRemote?.hasCredentials
      ? step(
          id,
          TITLE,
          'blocked',
          `${input.alias} connects with API key credentials, in the API key model: this alias is already migrated.`,
          { evidence, changes: check },
        )
      : step(id, TITLE, 'done', `${input.alias} is connected in the certificate model.`, { evidence });
  }
  if (!input.localRemote?.hasCredentials) {
    return step(
      id,
      TITLE,
      'blocked',
      `${input.alias} connects without API key credentials, in the certificate model: add the key to the keystore under exactly this alias.`,
      { evidence, changes: check },
    );
  }
  const connectedWithKey = `${input.alias} is connected with API key credentials`;
  if (!input.testSearch?.result) return step(id, TITLE, 'done', `${connectedWithKey}.`, { evidence });
  const verdict = judgeTestSearch(input.alias, input.testSearch);
  evidence.push(...verdict.evidence);
  if (verdict.problem)
    return step(id, TITLE, 'blocked', `${connectedWithKey}, but ${verdict.problem}`, { evidence, changes: check });
  const searched = verdict.note ?? `A test search on ${input.testSearch.expression} succeeded.`;
  return step(id, TITLE, 'done', `${connectedWithKey}. ${searched}`, { evidence });
}
