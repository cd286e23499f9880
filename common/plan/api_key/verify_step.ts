import type { Observed, ObservedLocalRemote } from '../observation';
import { consoleRequest } from '../elasticsearch_commands';
import type { PlanStep } from '../plan_types';
import { blockedBy, step } from '../step_helpers';

const TITLE = 'Verify the connection';

export interface ObservedResolution {
  connected: boolean;
  error?: string;
}

/**
 * `_remote/info` is passive and may be stale; `_resolve/cluster` connects for real. Done when the
 * alias is connected and has API key credentials.
 */
export function verifyStep(input: {
  alias: string;
  localRemote: ObservedLocalRemote | null;
  resolution: Observed<ObservedResolution> | null;
  configureStep: PlanStep;
}): PlanStep<'verify'> {
  const id = 'verify' as const;
  if (input.configureStep.status !== 'done') return blockedBy(id, TITLE, input.configureStep);
  const check = {
    kind: 'elasticsearch_request' as const,
    cluster: 'local' as const,
    method: 'GET' as const,
    path: '/_resolve/cluster?timeout=5s',
    command: consoleRequest('GET', '/_resolve/cluster?timeout=5s'),
  };
  if (input.resolution === null) return step(id, TITLE, 'ready', 'Not checked yet.', { changes: [check] });
  const evidence = [
    {
      subject: `_remote/info ${input.alias}`,
      value: input.localRemote?.connected ? 'connected' : 'not connected',
      source: 'local_elasticsearch' as const,
    },
  ];
  if (!input.resolution.ok) {
    return step(id, TITLE, 'blocked', `The check failed: ${input.resolution.error}`, { evidence, changes: [check] });
  }
  const { connected, error } = input.resolution.value;
  evidence.push({
    subject: `_resolve/cluster ${input.alias}`,
    value: connected ? 'connected' : `not connected${error ? `: ${error}` : ''}`,
    source: 'local_elasticsearch',
  });
  if (!connected) {
    return step(
      id,
      TITLE,
      'blocked',
      `${input.alias} does not connect${error ? `: ${error}` : ''}. The connection doctor tells why.`,
      { evidence, changes: [check] },
    );
  }
  if (!input.localRemote?.hasCredentials) {
    return step(
      id,
      TITLE,
      'blocked',
      `${input.alias} connects without API key credentials, in the certificate model: add the key to the keystore under exactly this alias.`,
      { evidence, changes: [check] },
    );
  }
  return step(id, TITLE, 'done', `${input.alias} is connected with API key credentials.`, { evidence });
}
