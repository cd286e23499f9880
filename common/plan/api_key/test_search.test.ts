import type { Observed } from '../observation';
import { doneStep, observedLocalRemote } from './test_observations';
import { testSearchExpression, type TestSearchOutcome } from './test_search';
import { verifyStep } from './verify_step';

describe('the pattern the verification searches', () => {
  it.each([
    ['the first pattern granted for search', { search: [{ names: ['logs-*', 'metrics-*'] }] }, 'logs:logs-*'],
    ['search beside replication', { replication: [{ names: ['a-*'] }], search: [{ names: ['b-*'] }] }, 'logs:b-*'],
    ['replication only: nothing to search', { replication: [{ names: ['archive-*'] }] }, null],
  ])('%s', (_case, access, expression) => {
    expect(testSearchExpression('logs', access)).toBe(expression);
  });
});

describe('verify, with a test search on the granted pattern', () => {
  const expression = 'logs:logs-*';
  const verify = (result: Observed<TestSearchOutcome> | null) =>
    verifyStep({
      alias: 'logs',
      configureStep: doneStep(),
      localRemote: observedLocalRemote(),
      resolution: { ok: true, value: { connected: true } },
      testSearch: { expression, result },
    });
  const answered = (...clusters: Array<[string, string, string[]]>): Observed<TestSearchOutcome> => ({
    ok: true,
    value: {
      kind: 'answered',
      clusters: clusters.map(([cluster, status, failures]) => ({ cluster, status, failures })),
    },
  });
  const refused = (status: number, reason: string): Observed<TestSearchOutcome> => ({
    ok: true,
    value: { kind: 'refused', status, reason },
  });
  const KEY_DENIAL =
    'action [indices:data/read/search] towards remote cluster is unauthorized for user [ccs] with assigned roles [r] authenticated by API key id [k1] of user [elastic]';

  it.each<[string, Observed<TestSearchOutcome> | null, string, string[]]>([
    ['not run (the alias was not connected when observed)', null, 'done', []],
    ['successful', answered(['logs', 'successful', []]), 'done', ['successful']],
    [
      'partial: the remote answers, some shards failed',
      answered(['logs', 'partial', ['shard 2 unavailable']]),
      'done',
      ['partial: shard 2 unavailable'],
    ],
    [
      'skipped, with the remote failure',
      answered(['logs', 'skipped', ['no such remote cluster']]),
      'blocked',
      ['skipped: no such remote cluster'],
    ],
    ['failed', answered(['logs', 'failed', ['timed out']]), 'blocked', ['failed: timed out']],
    [
      "refused for the user's own roles: not the connection",
      refused(
        403,
        'action [indices:data/read/search] is unauthorized for user [admin] because no remote indices privileges apply for the target cluster',
      ),
      'done',
      [
        'refused (403): action [indices:data/read/search] is unauthorized for user [admin] because no remote indices privileges apply for the target cluster',
      ],
    ],
    ['refused by the key on the remote', refused(403, KEY_DENIAL), 'blocked', [`refused (403): ${KEY_DENIAL}`]],
    [
      'no answer in time',
      { ok: false, error: 'Elasticsearch did not answer within 5000 ms' },
      'blocked',
      ['no answer: Elasticsearch did not answer within 5000 ms'],
    ],
  ])('%s → %s', (_case, result, status, searchEvidence) => {
    const step = verify(result);
    expect(step.status).toBe(status);
    expect(step.evidence.filter((e) => e.subject.startsWith('test search')).map((e) => e.value)).toEqual(
      searchEvidence,
    );
  });

  it('reports each cluster of _clusters under its own name', () => {
    const step = verify(answered(['logs', 'successful', []], ['(local)', 'successful', []]));
    expect(step.evidence.map((e) => e.subject)).toEqual(
      expect.arrayContaining([
        `test search ${expression}: _clusters.details.logs`,
        `test search ${expression}: _clusters.details.(local)`,
      ]),
    );
  });

  it('says what was searched and why it fails, and keeps the checks to run again', () => {
    expect(verify(answered(['logs', 'successful', []])).reason).toBe(
      'logs is connected with API key credentials. A test search on logs:logs-* succeeded.',
    );
    const blocked = verify(answered(['logs', 'skipped', ['no such index']]));
    expect(blocked.reason).toBe(
      'logs is connected with API key credentials, but the test search on logs:logs-* did not succeed: logs skipped (no such index).',
    );
    expect(blocked.changes.map((c) => c.command)).toEqual([
      'GET _resolve/cluster?timeout=5s',
      'POST logs:logs-*/_search\n{\n  "size": 0\n}',
    ]);
    expect(verify(refused(403, 'no remote indices privileges apply')).reason).toContain(
      'the CCS check tests a user who has the role',
    );
  });
});
