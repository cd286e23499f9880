import { describeKubernetesContract } from '../contract/kubernetes_contract';
import { startRealKubernetesTarget } from './real_kubernetes_target';

// A real kube-apiserver answers in milliseconds, but starting it and installing CRDs take seconds
// on a 2-core host. Binaries missing? beforeAll fails with the command that builds them.
const START_TIMEOUT_MS = 180_000;
jest.setTimeout(60_000);

describeKubernetesContract(
  'the Kubernetes contract against a real kube-apiserver (test/k8s-env)',
  startRealKubernetesTarget,
  { startTimeoutMs: START_TIMEOUT_MS },
);
