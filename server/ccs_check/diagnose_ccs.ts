import type { estypes } from '@elastic/elasticsearch';
import type { CcsCheckResponse, CcsProblem, CcsRemoteIndicesGrant } from '../../common/api/ccs_check';
import type { RefusedSearch } from '../gateways/elasticsearch/cross_cluster_gateway';
import { ALIAS_FIX, apiKeyFix, CONNECTION_FIX, noMatchFix, remoteRoleFix, roleEntryFix } from './ccs_fixes';
import { uncoveredParts } from './role_coverage';

/** What the CCS check observed, all of it as the user. */
export interface CcsObservation {
  alias: string;
  indexPattern: string;
  securityModel: 'api_key' | 'certificate' | null;
  grants: CcsRemoteIndicesGrant[];
  matchingIndices: string[];
  search:
    | { kind: 'answered'; response: estypes.SearchResponse }
    | { kind: 'refused'; refused: RefusedSearch }
    | { kind: 'no_answer'; reason: string };
}

// Elasticsearch's denial phrases (AuthorizationDenialMessages, the troubleshooting guide).
const NO_REMOTE_INDICES = /because no remote indices privileges apply for the target cluster/;
const KEY_DENIAL =
  /towards remote cluster is unauthorized for user .* authenticated by API key id \[([^\]]*)\] of user \[([^\]]*)\]/;
const REMOTE_ROLE_DENIAL = /is unauthorized for user \[[^\]]*\] with effective roles \[([^\]]*)\]/;
const CONNECTION_TYPES = new Set([
  'connect_transport_exception',
  'node_disconnected_exception',
  'node_not_connected_exception',
]);

type SearchSummary = CcsCheckResponse['search'];

function clusterSummary(response: estypes.SearchResponse, alias: string): SearchSummary {
  const details = response._clusters?.details?.[alias];
  if (!details) {
    const shards = response._shards;
    return {
      status: shards.failed > 0 ? 'partial' : 'successful',
      shards: {
        total: shards.total,
        successful: shards.successful,
        skipped: shards.skipped ?? 0,
        failed: shards.failed,
      },
      reasons: (shards.failures ?? []).map((failure) => failure.reason.reason ?? failure.reason.type),
    };
  }
  return {
    status: details.status,
    ...(details._shards
      ? {
          shards: {
            total: details._shards.total,
            successful: details._shards.successful,
            skipped: details._shards.skipped ?? 0,
            failed: details._shards.failed,
          },
        }
      : {}),
    reasons: (details.failures ?? []).map((failure) => failure.reason.reason ?? failure.reason.type),
  };
}

function roleProblems(observation: CcsObservation): CcsProblem[] {
  const { alias, indexPattern, grants } = observation;
  if (observation.securityModel === 'certificate') return [];
  if (grants.length === 0) {
    return [
      {
        code: 'role_has_no_remote_indices',
        owner: 'role',
        detail: `None of your roles has remote_indices for ${alias}: the local cluster refuses to send the search.`,
        fix: roleEntryFix(alias, indexPattern.split(',')),
      },
    ];
  }
  const missing = uncoveredParts(grants, indexPattern);
  if (missing.length === 0) return [];
  return [
    {
      code: 'role_too_narrow',
      owner: 'role',
      detail: `Your roles' remote_indices for ${alias} do not let you search ${missing.join(', ')} (they grant ${grants
        .map((grant) => `${grant.privileges.join('/')} on ${grant.names.join(', ')}`)
        .join('; ')}).`,
      fix: roleEntryFix(alias, missing),
    },
  ];
}

/** A refusal of the whole search, explained by who must change what. */
function refusalProblems(observation: CcsObservation, refused: RefusedSearch, roleCovers: boolean): CcsProblem[] {
  const { alias, indexPattern } = observation;
  const quoted = `Elasticsearch: "${refused.reason}"`;
  const key = KEY_DENIAL.exec(refused.reason);
  if (key) {
    if (!roleCovers) return [];
    return [
      {
        code: 'api_key_too_narrow',
        owner: 'api_key',
        detail: `Your role allows it, but the cross-cluster API key ${key[1]} that ${alias} connects with does not grant ${indexPattern}. ${quoted}`,
        fix: apiKeyFix(key[1], key[2], indexPattern),
      },
    ];
  }
  if (NO_REMOTE_INDICES.test(refused.reason)) return [];
  const remoteRole = REMOTE_ROLE_DENIAL.exec(refused.reason);
  if (remoteRole) {
    return [
      {
        code: 'remote_role_too_narrow',
        owner: 'remote_role',
        detail: `The remote cluster refused the search for your roles. ${quoted}`,
        fix: remoteRoleFix(remoteRole[1], indexPattern),
      },
    ];
  }
  if (refused.type === 'index_not_found_exception') {
    return [
      {
        code: 'no_matching_index',
        owner: 'indices',
        detail: `No index matches ${alias}:${indexPattern}. ${quoted}`,
        fix: noMatchFix(alias, roleCovers),
      },
    ];
  }
  if (CONNECTION_TYPES.has(refused.type)) {
    return [{ code: 'remote_unavailable', owner: 'connection', detail: quoted, fix: CONNECTION_FIX }];
  }
  return [
    { code: 'search_failed', owner: 'connection', detail: quoted, fix: 'Read the reason; retry once it is fixed.' },
  ];
}

function answeredProblems(observation: CcsObservation, summary: SearchSummary, roleCovers: boolean): CcsProblem[] {
  const { alias, indexPattern } = observation;
  const reasons = summary.reasons.length > 0 ? ` Elasticsearch: "${summary.reasons.join('"; "')}"` : '';
  if (summary.status === 'skipped' || summary.status === 'failed') {
    return [
      {
        code: 'remote_unavailable',
        owner: 'connection',
        detail: `The search ${summary.status === 'skipped' ? 'skipped' : 'failed on'} ${alias} (skip_unavailable).${reasons}`,
        fix: CONNECTION_FIX,
      },
    ];
  }
  if (summary.status === 'partial') {
    return [
      {
        code: 'search_failed',
        owner: 'indices',
        detail: `Some shards of ${alias} failed.${reasons}`,
        fix: 'Read the shard failures; they name the index and the cause.',
      },
    ];
  }
  if (observation.matchingIndices.length === 0 && (summary.shards?.total ?? 0) === 0) {
    return [
      {
        code: 'no_matching_index',
        owner: 'indices',
        detail: `Nothing you may read matches ${alias}:${indexPattern}.`,
        fix: noMatchFix(alias, roleCovers),
      },
    ];
  }
  return [];
}

/** The verdict of the CCS check: the search's status on the remote and each problem with who fixes it and how. */
export function diagnoseCcs(observation: CcsObservation): Pick<CcsCheckResponse, 'search' | 'problems'> {
  const { alias, search } = observation;
  if (search.kind === 'refused' && search.refused.type === 'no_such_remote_cluster_exception') {
    return {
      search: { status: 'refused', reasons: [search.refused.reason] },
      problems: [
        {
          code: 'alias_unknown',
          owner: 'connection',
          detail: `The local cluster has no remote cluster ${alias}.`,
          fix: ALIAS_FIX,
        },
      ],
    };
  }
  const role = roleProblems(observation);
  const roleCovers = role.length === 0;
  if (search.kind === 'no_answer') {
    return {
      search: { status: 'failed', reasons: [search.reason] },
      problems: [
        ...role,
        { code: 'remote_unavailable', owner: 'connection', detail: search.reason, fix: CONNECTION_FIX },
      ],
    };
  }
  if (search.kind === 'refused') {
    return {
      search: { status: 'refused', reasons: [search.refused.reason] },
      problems: [...role, ...refusalProblems(observation, search.refused, roleCovers)],
    };
  }
  const summary = clusterSummary(search.response, alias);
  return { search: summary, problems: [...role, ...answeredProblems(observation, summary, roleCovers)] };
}
