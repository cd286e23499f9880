/**
 * A connection plan: the ordered steps that connect an ECK cluster as a remote cluster, each with
 * a status derived from live Kubernetes and Elasticsearch state (never remembered), the evidence
 * it was derived from, and exactly what applying it would change.
 */
export type SecurityModelMode = 'api_key' | 'certificate';

/** A connection is identified by the local alias, the ECK cluster and the security model. */
export interface ConnectionTarget {
  alias: string;
  namespace: string;
  name: string;
  mode: SecurityModelMode;
}

/**
 * - `done`: reality already matches the step;
 * - `ready`: the plugin can apply it now (after the admin confirms);
 * - `waiting`: applied, and something else must happen (ECK rolling restart, load balancer);
 * - `manual`: only the admin can do it (node keystore, elasticsearch.yml); the plugin checks it;
 * - `blocked`: an earlier step or a precondition stops it; the reason says which.
 */
export type StepStatus = 'done' | 'ready' | 'waiting' | 'manual' | 'blocked';

export interface Evidence {
  /** What was observed, in the domain's words: "status.phase", "<name>-es-remote-cluster". */
  subject: string;
  value: string;
  source: 'kubernetes' | 'local_elasticsearch' | 'remote_elasticsearch';
}

/** A change the plugin would make, shown before it is made, with the equivalent command. */
export type PlannedChange =
  | {
      kind: 'kubernetes_patch';
      resource: { apiVersion: string; kind: string; namespace: string; name: string };
      patchType: 'merge';
      patch: unknown;
      command: string;
    }
  | {
      kind: 'kubernetes_create';
      object: { apiVersion: string; kind: string; metadata: { namespace: string; name: string } } & Record<
        string,
        unknown
      >;
      command: string;
    }
  | {
      kind: 'elasticsearch_request';
      cluster: 'local' | 'remote';
      method: 'GET' | 'PUT' | 'POST' | 'DELETE';
      path: string;
      body?: unknown;
      command: string;
    };

/** What the admin does by hand, exactly: commands and files, and which nodes still need it. */
export interface ManualInstructions {
  commands: string[];
  files: Array<{ path: string; content: string }>;
  /** Lines to add to elasticsearch.yml. */
  settings: string[];
  /** Nodes where the step is not yet verified; empty when it cannot be checked per node. */
  pendingNodes: string[];
  notes: string[];
  /** Where the commands run and the files go; absent when the step does not say. */
  runOn?: CommandLocation;
}

/**
 * - `every_local_node`: on each node of the local cluster, from its Elasticsearch home;
 * - `one_local_node`: once, on any one local node (the result is cluster-wide);
 * - `dev_tools`: once, in Kibana's Dev Tools Console (or with curl) against the local cluster;
 * - `kubectl`: once, wherever kubectl reaches the Kubernetes cluster.
 */
export type CommandLocation = 'every_local_node' | 'one_local_node' | 'dev_tools' | 'kubectl';

export interface PlanStep<Id extends string = string> {
  id: Id;
  title: string;
  status: StepStatus;
  /** Why the step has this status, in plain words. */
  reason: string;
  evidence: Evidence[];
  /** For `ready` steps: what applying would change. Empty otherwise. */
  changes: PlannedChange[];
  /** Shown before the admin confirms, such as "ECK restarts the cluster". */
  warnings: string[];
  /** For `manual` steps. */
  instructions?: ManualInstructions;
  /** The connection works without this step; its reason says what it adds. */
  optional?: boolean;
  /** For `waiting` steps: what is awaited, in plain words ("ECK's rolling restart", "the load balancer's address"). */
  waitingFor?: string;
}

export interface ConnectionPlan<Id extends string = string> {
  target: ConnectionTarget;
  steps: Array<PlanStep<Id>>;
}
