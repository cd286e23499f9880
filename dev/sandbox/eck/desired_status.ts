import type { EckHealth, EckPhase } from '../../../common/types/eck_cluster';
import { compareVersions } from './operator_capabilities';
import type { ElasticsearchStatus, StatusCondition } from './elasticsearch_resource';

export interface StatusInput {
  generation: number;
  specVersion: string;
  expectedPods: number;
  pods: Array<{ ready: boolean; version: string }>;
  restarting: boolean;
  /** A reconciliation error (for example a missing `certificateAuthorities` ConfigMap). */
  error?: string;
  /** A validation failure: ECK stops reconciling an invalid resource. */
  invalid?: string;
  previous?: ElasticsearchStatus;
  now: string;
}

function phaseOf(input: StatusInput, available: number): EckPhase {
  if (input.invalid) return 'Invalid';
  if (input.error || input.restarting || available < input.expectedPods) return 'ApplyingChanges';
  return 'Ready';
}

function healthOf(input: StatusInput, available: number): EckHealth {
  if (input.invalid) return input.previous?.health ?? 'unknown';
  if (available === 0) return 'unknown';
  return available < input.pods.length ? 'yellow' : 'green';
}

/** Keeps `lastTransitionTime` when nothing changed, so reconciling twice writes nothing. */
function condition(type: string, holds: boolean, message: string, input: StatusInput): StatusCondition {
  const status = holds ? 'True' : 'False';
  const before = input.previous?.conditions?.find((candidate) => candidate.type === type);
  const lastTransitionTime = before?.status === status ? before.lastTransitionTime : input.now;
  return { type, status, lastTransitionTime, ...(message ? { message } : {}) };
}

/** `status` of the Elasticsearch resource (ECK status.go): phase, health and conditions. */
export function desiredStatus(input: StatusInput): ElasticsearchStatus {
  const available = input.pods.filter((pod) => pod.ready).length;
  const phase = phaseOf(input, available);
  const lowest = input.pods.map((pod) => pod.version).sort(compareVersions)[0];
  const allOnSpecVersion = input.pods.length > 0 && input.pods.every((pod) => pod.version === input.specVersion);
  const incomplete = input.invalid ?? input.error ?? (phase === 'Ready' ? '' : 'Rolling changes out to the nodes');
  return {
    phase,
    health: healthOf(input, available),
    ...(lowest ? { version: lowest } : {}),
    availableNodes: available,
    observedGeneration: input.generation,
    conditions: [
      condition('ReconciliationComplete', phase === 'Ready', incomplete, input),
      condition('ElasticsearchIsReachable', available > 0, '', input),
      condition(
        'RunningDesiredVersion',
        allOnSpecVersion,
        allOnSpecVersion ? `All nodes are running version ${input.specVersion}` : '',
        input,
      ),
    ],
  };
}
