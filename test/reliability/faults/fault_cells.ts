import type { ErrorCode } from '../../../common/errors/error_catalogue';
import type { ApiKeyStepId } from '../../../common/plan/api_key/api_key_steps';
import type { Fault } from '../../../dev/sandbox/faults/fault_switch';
import type { KubernetesFaultRequest } from '../../../dev/sandbox/kubernetes/kubernetes_faults';
import type { SandboxWorld } from '../../../dev/sandbox/world';

/** The faults of issue [8]'s matrix, in its words. */
export const FAULT_NAMES = [
  'Kubernetes 500',
  'Kubernetes timeout',
  '409 conflict',
  'Elasticsearch 503',
  'Elasticsearch timeout',
  'port-forward dropped',
  'operator never Ready',
  'load balancer never assigned',
  /** Beyond issue [8]'s list: the write lands and its answer never comes (a timeout after the work). */
  'answer lost after the write',
] as const;
export type FaultName = (typeof FAULT_NAMES)[number];

/** The ECK cluster the matrix connects: operator 3.2, so both the patch and the separate Service are exercised. */
export const TARGET = { namespace: 'search-ops', name: 'metrics-prod', alias: 'metrics' } as const;

export type FaultExpectation =
  /** The apply fails with one of these codes, changes nothing, and the step is as it was. */
  | { outcome: 'error'; codes: ErrorCode[] }
  /** The apply is taken and the step waits, saying why; it completes once the fault clears. */
  | { outcome: 'waiting' }
  /**
   * The change landed whole though the apply failed: the plan shows the step past `ready`, and
   * applying it again is safe.
   */
  | { outcome: 'landed'; codes: ErrorCode[] }
  /**
   * The step needs nothing the fault breaks: the plan, read under the fault, still offers it (the
   * remote's version and licence come from the ECK resource when its REST API cannot answer).
   */
  | { outcome: 'unaffected' };

export interface FaultCell {
  fault: FaultName;
  inject(world: SandboxWorld): void;
  expect: FaultExpectation;
}

/** A fault that cannot happen to a step, and why: documented, not silently left out. */
export interface InapplicableCell {
  fault: FaultName;
  inapplicable: string;
}

export interface FaultStage {
  step: ApiKeyStepId;
  /** The user who applies it: `elastic` for the role step, which needs manage_security. */
  user: 'admin' | 'elastic';
  cells: Array<FaultCell | InapplicableCell>;
}

export const remote = (world: SandboxWorld) => world.operator.elasticsearch(TARGET.namespace, TARGET.name)!;

export const kubernetes =
  (fault: Fault, when?: (request: KubernetesFaultRequest) => boolean) => (world: SandboxWorld) =>
    world.kubernetes.faults.inject({ fault, when });

export const elasticsearch =
  (cluster: 'local' | 'remote', fault: Fault, method?: string, path?: RegExp) => (world: SandboxWorld) =>
    (cluster === 'local' ? world.localElasticsearch : remote(world)).faults.inject({
      fault,
      when: (request) => (!method || request.method === method) && (!path || path.test(request.path)),
    });

/**
 * Drops the port-forward that carries a step's write: the first opened after the apply's own plan
 * has made the read `wasRead` recognises (the plan's port-forwards before it stay up).
 */
export const dropThePortForwardAfter =
  (wasRead: (request: { method: string; path: string }) => boolean) => (world: SandboxWorld) => {
    const log = remote(world).requestLog;
    const start = log.requests.length;
    world.kubernetes.faults.inject({
      fault: 'drop',
      when: (request) => request.resource === 'pods/portforward' && log.requests.slice(start).some(wasRead),
    });
  };
/** The key's creation: after the plan listed the remote's keys. */
const dropThePortForwardOfTheCreate = dropThePortForwardAfter((r) => r.path === '/_security/api_key');

const patchOfTheCluster = (request: KubernetesFaultRequest) =>
  request.verb === 'patch' && request.resource === 'elasticsearches' && !request.dryRun;
const createOfAService = (request: KubernetesFaultRequest) =>
  request.verb === 'create' && request.resource === 'services';

export const error = (...codes: ErrorCode[]): FaultExpectation => ({ outcome: 'error', codes });

/** A step's own Kubernetes write failing: 500, no answer, 409 (each an error that changes nothing). */
export const kubernetesWriteFaults = (write: (request: KubernetesFaultRequest) => boolean): FaultCell[] => [
  { fault: 'Kubernetes 500', inject: kubernetes('error', write), expect: error('KUBERNETES_ERROR') },
  { fault: 'Kubernetes timeout', inject: kubernetes('timeout', write), expect: error('KUBERNETES_TIMEOUT') },
  { fault: '409 conflict', inject: kubernetes('conflict', write), expect: error('KUBERNETES_CONFLICT') },
];
const landed = (...codes: ErrorCode[]): FaultExpectation => ({ outcome: 'landed', codes });

/** The Kubernetes writes' lost answers are exercised on logs-prod, whose steps they would complete here. */
const LOST_ANSWER_ELSEWHERE = (step: string): InapplicableCell => ({
  fault: 'answer lost after the write',
  inapplicable: `${step}: a write landing unanswered would complete the step the waiting cell needs; a Kubernetes write's lost answer is exercised on logs-prod's expose patch`,
});
export const WAITING: FaultExpectation = { outcome: 'waiting' };

const remoteReadFaults = (expect: FaultExpectation): FaultCell[] => [
  { fault: 'Elasticsearch 503', inject: elasticsearch('remote', 'error'), expect },
  { fault: 'Elasticsearch timeout', inject: elasticsearch('remote', 'timeout'), expect },
  { fault: 'port-forward dropped', inject: kubernetes('drop', (r) => r.resource === 'pods/portforward'), expect },
];
/** The Kubernetes steps read the ECK cluster's REST API only to plan, and do without it. */
export const REMOTE_READ_FAULTS = remoteReadFaults({ outcome: 'unaffected' });

/**
 * The keystore step needs to know the key exists, which only the ECK cluster's REST API tells:
 * without the port-forward, nothing is applied on a guess.
 */
const PORT_FORWARD_FOR_THE_KEYS = remoteReadFaults(error('STEP_NOT_READY'))[2];
/** The later local steps need nothing from the ECK cluster's REST API. */
const PORT_FORWARD_UNNEEDED = REMOTE_READ_FAULTS[2];

/** A step whose only Kubernetes calls are the plan's reads. */
export const KUBERNETES_READ_FAULTS: FaultCell[] = [
  { fault: 'Kubernetes 500', inject: kubernetes('error'), expect: error('KUBERNETES_ERROR') },
  { fault: 'Kubernetes timeout', inject: kubernetes('timeout'), expect: error('KUBERNETES_TIMEOUT') },
];

const NO_KUBERNETES_WRITE = (step: string): InapplicableCell => ({
  fault: '409 conflict',
  inapplicable: `${step} writes nothing to Kubernetes: there is no write to conflict with`,
});
export const AFTER_THE_OPERATOR = (step: string): InapplicableCell => ({
  fault: 'operator never Ready',
  inapplicable: `${step} runs once the operator has made the cluster Ready and changes nothing ECK reconciles`,
});
export const AFTER_THE_LOAD_BALANCER = (step: string): InapplicableCell => ({
  fault: 'load balancer never assigned',
  inapplicable: `${step} comes after the load balancer's address was assigned and does not change the Service`,
});

/** Faults on a step's own Elasticsearch write (the local cluster's, unless said). */
export const writeFaults = (method: string, path: RegExp, cluster: 'local' | 'remote' = 'local'): FaultCell[] => [
  {
    fault: 'Elasticsearch 503',
    inject: elasticsearch(cluster, 'error', method, path),
    expect: error('ELASTICSEARCH_ERROR'),
  },
  {
    fault: 'Elasticsearch timeout',
    inject: elasticsearch(cluster, 'timeout', method, path),
    expect: error('ELASTICSEARCH_TIMEOUT'),
  },
];

/** A local write that lands unanswered: last in its stage, since it completes the step. */
export const lostAnswer = (method: string, path: RegExp, cluster: 'local' | 'remote' = 'local'): FaultCell => ({
  fault: 'answer lost after the write',
  inject: elasticsearch(cluster, 'lost', method, path),
  expect: landed('ELASTICSEARCH_TIMEOUT'),
});

/**
 * A step whose one write is to the local cluster, after the operator and the load balancer did
 * their part (configuring the remote, creating the local role): the same in both security models.
 */
export const localWriteStepCells = (
  what: string,
  method: string,
  path: RegExp,
): Array<FaultCell | InapplicableCell> => [
  ...KUBERNETES_READ_FAULTS,
  NO_KUBERNETES_WRITE(what),
  ...writeFaults(method, path),
  PORT_FORWARD_UNNEEDED,
  AFTER_THE_OPERATOR(what),
  AFTER_THE_LOAD_BALANCER(what),
  lostAnswer(method, path),
];

/** Every mutating step of the API key flow, in the flow's order, with each fault of the matrix. */
export const FAULT_STAGES: FaultStage[] = [
  {
    step: 'enable_remote_cluster_server',
    user: 'admin',
    cells: [
      ...kubernetesWriteFaults(patchOfTheCluster),
      ...REMOTE_READ_FAULTS,
      {
        fault: 'load balancer never assigned',
        inapplicable: 'enabling the remote cluster server creates no load balancer',
      },
      LOST_ANSWER_ELSEWHERE('Enabling'),
      // Last: it applies the step, and the step completes once the operator resumes.
      {
        fault: 'operator never Ready',
        inject: (world) => world.operator.pause(TARGET.namespace, TARGET.name),
        expect: WAITING,
      },
    ],
  },
  {
    step: 'expose_remote_cluster_server',
    user: 'admin',
    cells: [
      ...kubernetesWriteFaults(createOfAService),
      ...REMOTE_READ_FAULTS,
      AFTER_THE_OPERATOR('Creating the separate Service'),
      LOST_ANSWER_ELSEWHERE('Creating the separate Service'),
      { fault: 'load balancer never assigned', inject: (world) => world.operator.holdLoadBalancers(), expect: WAITING },
    ],
  },
  {
    step: 'create_api_key',
    user: 'admin',
    cells: [
      ...KUBERNETES_READ_FAULTS,
      {
        fault: '409 conflict',
        inject: elasticsearch('remote', 'conflict', 'POST', /^\/_security\/cross_cluster\/api_key$/),
        expect: error('ELASTICSEARCH_ERROR'),
      },
      {
        fault: 'Elasticsearch 503',
        inject: elasticsearch('remote', 'error', 'POST', /^\/_security\/cross_cluster\/api_key$/),
        expect: error('ELASTICSEARCH_ERROR'),
      },
      {
        fault: 'Elasticsearch timeout',
        inject: elasticsearch('remote', 'timeout', 'POST', /^\/_security\/cross_cluster\/api_key$/),
        expect: error('ELASTICSEARCH_TIMEOUT'),
      },
      {
        fault: 'port-forward dropped',
        inject: dropThePortForwardOfTheCreate,
        expect: error('ECK_CLUSTER_UNAVAILABLE'),
      },
      {
        // The key was made but nobody saw it: it is withdrawn, so no valid key is left behind.
        fault: 'answer lost after the write',
        inject: elasticsearch('remote', 'lost', 'POST', /^\/_security\/cross_cluster\/api_key$/),
        expect: error('ELASTICSEARCH_TIMEOUT'),
      },
      AFTER_THE_OPERATOR('Creating the key'),
      AFTER_THE_LOAD_BALANCER('Creating the key'),
    ],
  },
  {
    step: 'add_credentials_to_keystore',
    user: 'admin',
    cells: [
      ...KUBERNETES_READ_FAULTS,
      NO_KUBERNETES_WRITE('Reloading secure settings'),
      ...writeFaults('POST', /^\/_nodes\/reload_secure_settings$/),
      PORT_FORWARD_FOR_THE_KEYS,
      AFTER_THE_OPERATOR('Reloading secure settings'),
      AFTER_THE_LOAD_BALANCER('Reloading secure settings'),
      lostAnswer('POST', /^\/_nodes\/reload_secure_settings$/),
    ],
  },
  {
    step: 'configure_remote',
    user: 'admin',
    cells: localWriteStepCells('Configuring the remote', 'PUT', /^\/_cluster\/settings$/),
  },
  {
    step: 'create_local_role',
    user: 'elastic',
    cells: localWriteStepCells('Creating the local role', 'PUT', /^\/_security\/role\//),
  },
];

export const isApplicable = (cell: FaultCell | InapplicableCell): cell is FaultCell => 'inject' in cell;

/** Lifts every fault of the sandbox. */
export function clearFaults(world: SandboxWorld) {
  world.kubernetes.faults.clear();
  world.localElasticsearch.faults.clear();
  remote(world).faults.clear();
  world.operator.resume(TARGET.namespace, TARGET.name);
  world.operator.releaseLoadBalancers();
}

/** How many faults were hit so far: a cell whose fault was never hit proves nothing. */
export const faultHits = (world: SandboxWorld) =>
  world.kubernetes.faults.hits + world.localElasticsearch.faults.hits + remote(world).faults.hits;
