import { remoteExpression, type CcsCheckRequest, type CcsCheckResponse } from '../../common/api/ccs_check';
import { isPluginError } from '../../common/errors/plugin_error';
import type { CrossClusterGateway } from '../gateways/elasticsearch/cross_cluster_gateway';
import { DEADLINE_GRACE_MS } from '../status/probe_remote_status';
import { diagnoseCcs, type CcsObservation } from './diagnose_ccs';
import { grantsForAlias } from './role_coverage';

const isCode = (error: unknown, ...codes: string[]) => isPluginError(error) && codes.includes(error.code);

/** `_remote/info` needs `monitor`, which a CCS user rarely has: without it the security model is unknown. */
async function securityModelOf(
  gateway: CrossClusterGateway,
  alias: string,
): Promise<CcsCheckResponse['securityModel']> {
  try {
    const entry = (await gateway.remoteInfo())[alias] as { cluster_credentials?: string } | undefined;
    if (!entry) return null;
    return entry.cluster_credentials ? 'api_key' : 'certificate';
  } catch (error) {
    if (isCode(error, 'ELASTICSEARCH_FORBIDDEN')) return null;
    throw error;
  }
}

/** `_resolve/index` leaves out a remote that fails; an unknown alias is the search's to report. */
async function matchingIndices(gateway: CrossClusterGateway, expression: string): Promise<string[]> {
  try {
    const response = await gateway.resolveIndex(expression);
    return [...response.indices, ...response.aliases, ...response.data_streams].map((entry) => entry.name).sort();
  } catch (error) {
    if (isCode(error, 'ELASTICSEARCH_ERROR', 'ELASTICSEARCH_FORBIDDEN', 'ELASTICSEARCH_TIMEOUT')) return [];
    throw error;
  }
}

async function sizeZeroSearch(
  gateway: CrossClusterGateway,
  expression: string,
  timeoutMs: number,
): Promise<CcsObservation['search']> {
  const deadlineMs = timeoutMs + DEADLINE_GRACE_MS;
  try {
    const outcome = await gateway.sizeZeroSearch(expression, deadlineMs);
    return outcome.ok
      ? { kind: 'answered', response: outcome.response }
      : { kind: 'refused', refused: outcome.refused };
  } catch (error) {
    if (!isCode(error, 'ELASTICSEARCH_TIMEOUT')) throw error;
    return {
      kind: 'no_answer',
      reason: `The search did not answer within ${deadlineMs} ms: the remote may not be answering.`,
    };
  }
}

/**
 * Can this user search `<alias>:<pattern>`? Everything runs as the user, with their own privileges:
 * their `remote_indices`, the indices `_resolve/index` shows them, and a `size: 0` search whose
 * `_clusters` details (or refusal) say what happened on the remote.
 */
export async function checkCcs(
  gateway: CrossClusterGateway,
  request: CcsCheckRequest,
  timeoutMs: number,
): Promise<CcsCheckResponse> {
  const { alias, indexPattern } = request;
  const expression = remoteExpression(alias, indexPattern);
  const [username, privileges, securityModel, indices, search] = await Promise.all([
    gateway.username(),
    gateway.userPrivileges(),
    securityModelOf(gateway, alias),
    matchingIndices(gateway, expression),
    sizeZeroSearch(gateway, expression, timeoutMs),
  ]);
  const grants = grantsForAlias(privileges, alias);
  const verdict = diagnoseCcs({ alias, indexPattern, securityModel, grants, matchingIndices: indices, search });
  return {
    alias,
    indexPattern,
    expression,
    username,
    securityModel,
    matchingIndices: indices,
    roleGrants: grants,
    ...verdict,
  };
}
