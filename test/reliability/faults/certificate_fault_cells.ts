import type { ErrorCode } from '../../../common/errors/error_catalogue';
import type { CertificateStepId } from '../../../common/plan/certificate/certificate_steps';
import type { Fault } from '../../../dev/sandbox/faults/fault_switch';
import type { KubernetesFaultRequest } from '../../../dev/sandbox/kubernetes/kubernetes_faults';
import type { SandboxWorld } from '../../../dev/sandbox/world';
import { TARGET, type FaultExpectation, type FaultName, type InapplicableCell } from './fault_cells';

export type CertificateFaultExpectation =
  | FaultExpectation
  /**
   * The ConfigMap write landed and the reference to it did not (a failure between the two writes
   * of the trust step): the error is catalogued, the ConfigMap holds every CA it had plus the
   * local CA, the ECK resource is unchanged (no reference to anything new, so nothing dangles),
   * and the next apply only adds the reference.
   */
  | { outcome: 'config_map_kept'; codes: ErrorCode[] };

export interface CertificateFaultCell {
  fault: FaultName;
  /** Which of the step's requests the fault hits, when a step has more than one. */
  where?: string;
  inject(world: SandboxWorld): void;
  expect: CertificateFaultExpectation;
}

export interface CertificateFaultStage {
  step: CertificateStepId;
  /** `elastic` for the role steps, which need manage_security. */
  user: 'admin' | 'elastic';
  cells: Array<CertificateFaultCell | InapplicableCell>;
}

const remote = (world: SandboxWorld) => world.operator.elasticsearch(TARGET.namespace, TARGET.name)!;

const kubernetes = (fault: Fault, when?: (request: KubernetesFaultRequest) => boolean) => (world: SandboxWorld) =>
  world.kubernetes.faults.inject({ fault, when });

const elasticsearch =
  (cluster: 'local' | 'remote', fault: Fault, method?: string, path?: RegExp) => (world: SandboxWorld) =>
    (cluster === 'local' ? world.localElasticsearch : remote(world)).faults.inject({
      fault,
      when: (request) => (!method || request.method === method) && (!path || path.test(request.path)),
    });

const isWrite = (verb: string, resource: string) => (request: KubernetesFaultRequest) =>
  request.verb === verb && request.resource === resource && !request.dryRun;
const createOfTheConfigMap = isWrite('create', 'configmaps');
const patchOfTheCluster = isWrite('patch', 'elasticsearches');

const error = (...codes: ErrorCode[]): CertificateFaultExpectation => ({ outcome: 'error', codes });
const configMapKept = (...codes: ErrorCode[]): CertificateFaultExpectation => ({ outcome: 'config_map_kept', codes });
const WAITING: CertificateFaultExpectation = { outcome: 'waiting' };
const UNAFFECTED: CertificateFaultExpectation = { outcome: 'unaffected' };

/** The Kubernetes steps read the ECK cluster's REST API only to plan, and do without it. */
const REMOTE_READ_FAULTS: CertificateFaultCell[] = [
  { fault: 'Elasticsearch 503', inject: elasticsearch('remote', 'error'), expect: UNAFFECTED },
  { fault: 'Elasticsearch timeout', inject: elasticsearch('remote', 'timeout'), expect: UNAFFECTED },
  {
    fault: 'port-forward dropped',
    inject: kubernetes('drop', (r) => r.resource === 'pods/portforward'),
    expect: UNAFFECTED,
  },
];

/** A step whose only Kubernetes calls are the plan's reads. */
const KUBERNETES_READ_FAULTS: CertificateFaultCell[] = [
  { fault: 'Kubernetes 500', inject: kubernetes('error'), expect: error('KUBERNETES_ERROR') },
  { fault: 'Kubernetes timeout', inject: kubernetes('timeout'), expect: error('KUBERNETES_TIMEOUT') },
];

const inapplicable = (fault: FaultName, inapplicable: string): InapplicableCell => ({ fault, inapplicable });
const AFTER_THE_OPERATOR = (step: string) =>
  inapplicable(
    'operator never Ready',
    `${step} runs once the operator has made the cluster Ready and changes nothing ECK reconciles`,
  );
const AFTER_THE_LOAD_BALANCER = (step: string) =>
  inapplicable(
    'load balancer never assigned',
    `${step} comes after the load balancer's address was assigned and does not change the Service`,
  );
const NO_KUBERNETES_WRITE = (step: string) =>
  inapplicable('409 conflict', `${step} writes nothing to Kubernetes: there is no write to conflict with`);

/** An Elasticsearch write of a role step (local, or on the ECK cluster through the port-forward). */
const roleWriteFaults = (cluster: 'local' | 'remote'): CertificateFaultCell[] => [
  {
    fault: 'Elasticsearch 503',
    inject: elasticsearch(cluster, 'error', 'PUT', /^\/_security\/role\//),
    expect: error('ELASTICSEARCH_ERROR'),
  },
  {
    fault: 'Elasticsearch timeout',
    inject: elasticsearch(cluster, 'timeout', 'PUT', /^\/_security\/role\//),
    expect: error('ELASTICSEARCH_TIMEOUT'),
  },
];

/** A write that lands unanswered: last in its stage, since it completes the step. */
const lostAnswer = (cluster: 'local' | 'remote', method: string, path: RegExp): CertificateFaultCell => ({
  fault: 'answer lost after the write',
  inject: elasticsearch(cluster, 'lost', method, path),
  expect: { outcome: 'landed', codes: ['ELASTICSEARCH_TIMEOUT'] },
});

/**
 * The port-forward that carries the remote role's write: the first opened after the apply's own
 * plan has read the role (the plan's port-forwards before it stay up).
 */
function dropThePortForwardOfTheRoleWrite(world: SandboxWorld) {
  const log = remote(world).requestLog;
  const start = log.requests.length;
  world.kubernetes.faults.inject({
    fault: 'drop',
    when: (request) =>
      request.resource === 'pods/portforward' &&
      log.requests.slice(start).some((r) => r.method === 'GET' && r.path.startsWith('/_security/role/')),
  });
}

/** Every mutating step of the certificate model, in the flow's order, with each fault of the matrix. */
export const CERTIFICATE_FAULT_STAGES: CertificateFaultStage[] = [
  {
    step: 'trust_local_ca_on_eck',
    user: 'admin',
    cells: [
      {
        fault: 'Kubernetes 500',
        where: 'the ConfigMap',
        inject: kubernetes('error', createOfTheConfigMap),
        expect: error('KUBERNETES_ERROR'),
      },
      {
        fault: 'Kubernetes timeout',
        where: 'the ConfigMap',
        inject: kubernetes('timeout', createOfTheConfigMap),
        expect: error('KUBERNETES_TIMEOUT'),
      },
      {
        // A 409 that leaves no ConfigMap: taking it for "already created" would reference nothing.
        fault: '409 conflict',
        where: 'the ConfigMap',
        inject: kubernetes('conflict', createOfTheConfigMap),
        expect: error('KUBERNETES_CONFLICT'),
      },
      ...REMOTE_READ_FAULTS,
      {
        fault: 'Kubernetes 500',
        where: 'the reference, after the ConfigMap',
        inject: kubernetes('error', patchOfTheCluster),
        expect: configMapKept('KUBERNETES_ERROR'),
      },
      {
        fault: 'Kubernetes timeout',
        where: 'the reference, after the ConfigMap',
        inject: kubernetes('timeout', patchOfTheCluster),
        expect: configMapKept('KUBERNETES_TIMEOUT'),
      },
      {
        fault: '409 conflict',
        where: 'the reference, after the ConfigMap',
        inject: kubernetes('conflict', patchOfTheCluster),
        expect: configMapKept('KUBERNETES_CONFLICT'),
      },
      {
        fault: 'answer lost after the write',
        where: 'the ConfigMap',
        inject: kubernetes('lost', createOfTheConfigMap),
        expect: configMapKept('KUBERNETES_TIMEOUT'),
      },
      inapplicable('load balancer never assigned', 'trusting a CA creates no load balancer'),
      // Last: it applies the step, and the step completes once the operator resumes.
      {
        fault: 'operator never Ready',
        inject: (world) => world.operator.pause(TARGET.namespace, TARGET.name),
        expect: WAITING,
      },
    ],
  },
  {
    step: 'expose_transport',
    user: 'admin',
    cells: [
      { fault: 'Kubernetes 500', inject: kubernetes('error', patchOfTheCluster), expect: error('KUBERNETES_ERROR') },
      {
        fault: 'Kubernetes timeout',
        inject: kubernetes('timeout', patchOfTheCluster),
        expect: error('KUBERNETES_TIMEOUT'),
      },
      {
        fault: '409 conflict',
        inject: kubernetes('conflict', patchOfTheCluster),
        expect: error('KUBERNETES_CONFLICT'),
      },
      ...REMOTE_READ_FAULTS,
      inapplicable(
        'operator never Ready',
        "the step's one patch is applied by the load-balancer cell, which waits for ECK's Service; a paused operator waits the same way (the trust step's cell)",
      ),
      inapplicable(
        'answer lost after the write',
        "a lost answer would land the patch the load-balancer cell needs to apply; a Kubernetes patch's lost answer is exercised in the API key matrix (logs-prod's expose patch)",
      ),
      { fault: 'load balancer never assigned', inject: (world) => world.operator.holdLoadBalancers(), expect: WAITING },
    ],
  },
  {
    step: 'configure_remote',
    user: 'admin',
    cells: [
      ...KUBERNETES_READ_FAULTS,
      NO_KUBERNETES_WRITE('Configuring the remote'),
      {
        fault: 'Elasticsearch 503',
        inject: elasticsearch('local', 'error', 'PUT', /^\/_cluster\/settings$/),
        expect: error('ELASTICSEARCH_ERROR'),
      },
      {
        fault: 'Elasticsearch timeout',
        inject: elasticsearch('local', 'timeout', 'PUT', /^\/_cluster\/settings$/),
        expect: error('ELASTICSEARCH_TIMEOUT'),
      },
      REMOTE_READ_FAULTS[2],
      AFTER_THE_OPERATOR('Configuring the remote'),
      AFTER_THE_LOAD_BALANCER('Configuring the remote'),
      lostAnswer('local', 'PUT', /^\/_cluster\/settings$/),
    ],
  },
  {
    step: 'create_remote_role',
    user: 'elastic',
    cells: [
      ...KUBERNETES_READ_FAULTS,
      {
        fault: '409 conflict',
        inject: elasticsearch('remote', 'conflict', 'PUT', /^\/_security\/role\//),
        expect: error('ELASTICSEARCH_ERROR'),
      },
      ...roleWriteFaults('remote'),
      {
        fault: 'port-forward dropped',
        inject: dropThePortForwardOfTheRoleWrite,
        expect: error('ECK_CLUSTER_UNAVAILABLE'),
      },
      AFTER_THE_OPERATOR('Creating the remote role'),
      AFTER_THE_LOAD_BALANCER('Creating the remote role'),
      lostAnswer('remote', 'PUT', /^\/_security\/role\//),
    ],
  },
  {
    step: 'create_local_role',
    user: 'elastic',
    cells: [
      ...KUBERNETES_READ_FAULTS,
      NO_KUBERNETES_WRITE('Creating the local role'),
      ...roleWriteFaults('local'),
      REMOTE_READ_FAULTS[2],
      AFTER_THE_OPERATOR('Creating the local role'),
      AFTER_THE_LOAD_BALANCER('Creating the local role'),
      lostAnswer('local', 'PUT', /^\/_security\/role\//),
    ],
  },
];

export const isApplicableCertificateCell = (
  cell: CertificateFaultCell | InapplicableCell,
): cell is CertificateFaultCell => 'inject' in cell;

/** A cell's name in the test report: the fault, and which request it hits when the step makes several. */
export const cellName = (cell: CertificateFaultCell) => (cell.where ? `${cell.fault} (${cell.where})` : cell.fault);
