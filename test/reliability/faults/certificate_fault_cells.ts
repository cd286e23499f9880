import type { ErrorCode } from '../../../common/errors/error_catalogue';
import type { CertificateStepId } from '../../../common/plan/certificate/certificate_steps';
import type { KubernetesFaultRequest } from '../../../dev/sandbox/kubernetes/kubernetes_faults';
import type { SandboxWorld } from '../../../dev/sandbox/world';
import {
  AFTER_THE_LOAD_BALANCER,
  AFTER_THE_OPERATOR,
  dropThePortForwardAfter,
  elasticsearch,
  error,
  kubernetes,
  KUBERNETES_READ_FAULTS,
  kubernetesWriteFaults,
  localWriteStepCells,
  lostAnswer,
  REMOTE_READ_FAULTS,
  TARGET,
  WAITING,
  writeFaults,
  type FaultExpectation,
  type FaultName,
  type InapplicableCell,
} from './fault_cells';

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

const isWrite = (verb: string, resource: string) => (request: KubernetesFaultRequest) =>
  request.verb === verb && request.resource === resource && !request.dryRun;
const createOfTheConfigMap = isWrite('create', 'configmaps');
const patchOfTheCluster = isWrite('patch', 'elasticsearches');

const configMapKept = (...codes: ErrorCode[]): CertificateFaultExpectation => ({ outcome: 'config_map_kept', codes });
const inapplicable = (fault: FaultName, reason: string): InapplicableCell => ({ fault, inapplicable: reason });

/** The remote role's write: after the plan read the role. */
const dropThePortForwardOfTheRoleWrite = dropThePortForwardAfter(
  (r) => r.method === 'GET' && r.path.startsWith('/_security/role/'),
);

/** Every mutating step of the certificate model, in the flow's order, with each fault of the matrix. */
export const CERTIFICATE_FAULT_STAGES: CertificateFaultStage[] = [
  {
    step: 'trust_local_ca_on_eck',
    user: 'admin',
    cells: [
      // A 409 that leaves no ConfigMap: taking it for "already created" would reference nothing.
      ...kubernetesWriteFaults(createOfTheConfigMap).map((cell) => ({ ...cell, where: 'the ConfigMap' })),
      ...REMOTE_READ_FAULTS,
      ...kubernetesWriteFaults(patchOfTheCluster).map((cell) => ({
        ...cell,
        where: 'the reference, after the ConfigMap',
        expect: configMapKept(...(cell.expect as { codes: ErrorCode[] }).codes),
      })),
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
      ...kubernetesWriteFaults(patchOfTheCluster),
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
    cells: localWriteStepCells('Configuring the remote', 'PUT', /^\/_cluster\/settings$/),
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
      ...writeFaults('PUT', /^\/_security\/role\//, 'remote'),
      {
        fault: 'port-forward dropped',
        inject: dropThePortForwardOfTheRoleWrite,
        expect: error('ECK_CLUSTER_UNAVAILABLE'),
      },
      AFTER_THE_OPERATOR('Creating the remote role'),
      AFTER_THE_LOAD_BALANCER('Creating the remote role'),
      lostAnswer('PUT', /^\/_security\/role\//, 'remote'),
    ],
  },
  {
    step: 'create_local_role',
    user: 'elastic',
    cells: localWriteStepCells('Creating the local role', 'PUT', /^\/_security\/role\//),
  },
];

export const isApplicableCertificateCell = (
  cell: CertificateFaultCell | InapplicableCell,
): cell is CertificateFaultCell => 'inject' in cell;

/** A cell's name in the test report: the fault, and which request it hits when the step makes several. */
export const cellName = (cell: CertificateFaultCell) => (cell.where ? `${cell.fault} (${cell.where})` : cell.fault);
