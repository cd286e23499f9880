import type { Evidence } from '../plan_types';
import type { Observed } from '../observation';
import type { CrossClusterAccess } from './cross_cluster_api_key';

/** One cluster of `_clusters.details` in the test search's answer. */
export interface TestSearchCluster {
  cluster: string;
  /** `successful`, `partial`, `skipped`, `running` or `failed`. */
  status: string;
  /** Elasticsearch's reasons for the shards or the cluster that failed. */
  failures: string[];
}

/** The size-0 search on `<alias>:<pattern>`: answered with per-cluster details, or refused whole. */
export type TestSearchOutcome =
  { kind: 'answered'; clusters: TestSearchCluster[] } | { kind: 'refused'; status: number; reason: string };

export interface TestSearch {
  expression: string;
  /** Null until the alias connects: a search through a remote that does not connect tells nothing more. */
  result: Observed<TestSearchOutcome> | null;
}

/** The pattern tested: the first the admin granted for search. Replication-only keys are not searched. */
export function testSearchExpression(alias: string, access: CrossClusterAccess): string | null {
  const pattern = access.search?.[0]?.names[0];
  return pattern ? `${alias}:${pattern}` : null;
}

const ANSWERED = new Set(['successful', 'partial']);
/** A refusal that comes from the key, on the remote, rather than from the user's own local roles. */
const KEY_DENIAL = /authenticated by API key id/;

export interface TestSearchVerdict {
  evidence: Evidence[];
  /** What stops the verification: the connection does not serve the granted pattern. */
  problem?: string;
  /** What the admin should know when the search says nothing about the connection. */
  note?: string;
}

const evidence = (subject: string, value: string): Evidence => ({ subject, value, source: 'local_elasticsearch' });

/** What the test search says about the connection, with each cluster's `_clusters` status as evidence. */
export function judgeTestSearch(alias: string, search: TestSearch): TestSearchVerdict {
  const { expression, result } = search;
  if (result === null) return { evidence: [] };
  if (!result.ok) {
    return {
      evidence: [evidence(`test search ${expression}`, `no answer: ${result.error}`)],
      problem: `the test search on ${expression} did not answer: ${result.error}`,
    };
  }
  const outcome = result.value;
  if (outcome.kind === 'refused') {
    const refusal = evidence(`test search ${expression}`, `refused (${outcome.status}): ${outcome.reason}`);
    if (outcome.status === 403 && !KEY_DENIAL.test(outcome.reason)) {
      return {
        evidence: [refusal],
        note: `Your own roles do not let you search ${expression}, so the test search was refused before reaching ${alias}; the CCS check tests a user who has the role.`,
      };
    }
    return {
      evidence: [refusal],
      problem: `Elasticsearch refused the test search on ${expression}: ${outcome.reason}`,
    };
  }
  const clusters = outcome.clusters.map((c) =>
    evidence(
      `test search ${expression}: _clusters.details.${c.cluster}`,
      c.failures.length > 0 ? `${c.status}: ${c.failures.join('; ')}` : c.status,
    ),
  );
  const failed = outcome.clusters.filter((c) => !ANSWERED.has(c.status));
  if (failed.length === 0) return { evidence: clusters };
  const why = failed.map(
    (c) => `${c.cluster} ${c.status}${c.failures.length > 0 ? ` (${c.failures.join('; ')})` : ''}`,
  );
  return { evidence: clusters, problem: `the test search on ${expression} did not succeed: ${why.join(', ')}.` };
}
