import type { estypes } from '@elastic/elasticsearch';
import type { CcsRemoteIndicesGrant } from '../../common/api/ccs_check';
import { diagnoseCcs, type CcsObservation } from './diagnose_ccs';

const CCS_GRANT: CcsRemoteIndicesGrant = {
  clusters: ['*'],
  names: ['logs-*'],
  privileges: ['read', 'read_cross_cluster', 'view_index_metadata'],
};

function searchResponse(status: string, shards = 1, reasons: string[] = []): estypes.SearchResponse {
  return {
    took: 1,
    timed_out: false,
    _shards: { total: shards, successful: shards, skipped: 0, failed: 0 },
    hits: { hits: [] },
    _clusters: {
      total: 1,
      successful: 1,
      skipped: 0,
      running: 0,
      partial: 0,
      failed: 0,
      details: {
        logs: {
          status,
          indices: 'logs-*',
          timed_out: false,
          ...(status === 'skipped' ? {} : { _shards: { total: shards, successful: shards, skipped: 0, failed: 0 } }),
          failures: reasons.map((reason) => ({ shard: -1, reason: { type: 'connect_transport_exception', reason } })),
        },
      },
    },
  } as unknown as estypes.SearchResponse;
}

const observe = (changes: Partial<CcsObservation>): CcsObservation => ({
  alias: 'logs',
  indexPattern: 'logs-*',
  securityModel: 'api_key',
  grants: [CCS_GRANT],
  matchingIndices: ['logs:logs-web'],
  search: { kind: 'answered', response: searchResponse('successful') },
  ...changes,
});

const refused = (status: number, type: string, reason: string): CcsObservation['search'] => ({
  kind: 'refused',
  refused: { status, type, reason },
});

const NO_REMOTE_INDICES =
  'action [indices:data/read/search] towards remote cluster [logs] is unauthorized for user [admin] with effective roles [cluster_admin] because no remote indices privileges apply for the target cluster';
const KEY_DENIAL =
  'action [indices:data/read/search] towards remote cluster is unauthorized for user [ccs_user] with assigned roles [cross_cluster_search] authenticated by API key id [k3y] of user [elastic] on indices [logs-web], this action is granted by the index privileges [read,all]';

describe('the CCS check verdict', () => {
  it.each<[string, Partial<CcsObservation>, string[], string]>([
    ['a search that works', {}, [], 'successful'],
    [
      'a role without remote_indices for the alias',
      { grants: [], matchingIndices: [], search: refused(403, 'security_exception', NO_REMOTE_INDICES) },
      ['role_has_no_remote_indices'],
      'refused',
    ],
    [
      'a role that covers other indices only',
      {
        indexPattern: 'metrics-*',
        matchingIndices: [],
        search: { kind: 'answered', response: searchResponse('successful', 0) },
      },
      ['role_too_narrow', 'no_matching_index'],
      'successful',
    ],
    [
      'a key narrower than the role',
      { indexPattern: 'logs-web', matchingIndices: [], search: refused(403, 'security_exception', KEY_DENIAL) },
      ['api_key_too_narrow'],
      'refused',
    ],
    [
      'a skipped remote',
      {
        matchingIndices: [],
        search: { kind: 'answered', response: searchResponse('skipped', 0, ['Unable to connect to [logs]']) },
      },
      ['remote_unavailable'],
      'skipped',
    ],
    [
      'an unreachable remote that may not be skipped',
      { matchingIndices: [], search: refused(500, 'connect_transport_exception', 'Unable to connect to [logs]') },
      ['remote_unavailable'],
      'refused',
    ],
    [
      'a remote that does not answer',
      { matchingIndices: [], search: { kind: 'no_answer', reason: 'The search did not answer within 5500 ms' } },
      ['remote_unavailable'],
      'failed',
    ],
    [
      'nothing matching',
      {
        indexPattern: 'logs-none-*',
        matchingIndices: [],
        search: { kind: 'answered', response: searchResponse('successful', 0) },
      },
      ['no_matching_index'],
      'successful',
    ],
    [
      'an explicit index that does not exist',
      {
        indexPattern: 'logs-none',
        matchingIndices: [],
        search: refused(404, 'index_not_found_exception', 'no such index [logs-none]'),
      },
      ['no_matching_index'],
      'refused',
    ],
    [
      'a certificate-model remote refusing the roles',
      {
        securityModel: 'certificate',
        grants: [],
        search: refused(
          403,
          'security_exception',
          'action [indices:data/read/search] is unauthorized for user [ccs_user] with effective roles [cross_cluster_search] on indices [logs-web], this action is granted by the index privileges [read,all]',
        ),
      },
      ['remote_role_too_narrow'],
      'refused',
    ],
    [
      'an unknown alias',
      { grants: [], search: refused(404, 'no_such_remote_cluster_exception', 'no such remote cluster: [logs]') },
      ['alias_unknown'],
      'refused',
    ],
  ])('%s', (_, changes, codes, status) => {
    const verdict = diagnoseCcs(observe(changes));
    expect(verdict.problems.map((problem) => problem.code)).toEqual(codes);
    expect(verdict.search.status).toBe(status);
  });

  it('gives the exact role entry to add', () => {
    const [problem] = diagnoseCcs(
      observe({ grants: [], search: refused(403, 'security_exception', NO_REMOTE_INDICES) }),
    ).problems;
    expect(problem.owner).toBe('role');
    expect(problem.fix).toContain(
      JSON.stringify(
        {
          remote_indices: [
            {
              clusters: ['logs'],
              names: ['logs-*'],
              privileges: ['read', 'read_cross_cluster', 'view_index_metadata'],
            },
          ],
        },
        null,
        2,
      ),
    );
  });

  it('names the key and the request that widens it', () => {
    const [problem] = diagnoseCcs(
      observe({ indexPattern: 'logs-web', search: refused(403, 'security_exception', KEY_DENIAL) }),
    ).problems;
    expect(problem.owner).toBe('api_key');
    expect(problem.detail).toContain('k3y');
    expect(problem.fix).toContain('PUT /_security/cross_cluster/api_key/k3y');
    expect(problem.fix).toContain('"names": [\n          "logs-web"\n        ]');
  });

  it('blames the role, not the key, when the role does not cover the index either', () => {
    const verdict = diagnoseCcs(
      observe({ indexPattern: 'metrics-1', search: refused(403, 'security_exception', KEY_DENIAL) }),
    );
    expect(verdict.problems.map((problem) => problem.code)).toEqual(['role_too_narrow']);
  });
});
