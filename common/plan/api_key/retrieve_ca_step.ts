import type { ObservedEckCluster } from '../observation';
import type { PlanStep } from '../plan_types';
import { kubernetesEvidence, step } from '../step_helpers';

const TITLE = "Retrieve the ECK cluster's CA";

/**
 * The remote cluster server presents each pod's transport certificate, so the CA to trust is
 * `ca.crt` of `<name>-es-transport-certs-public`, which may hold several certificates.
 */
export function retrieveCaStep(eck: ObservedEckCluster): PlanStep<'retrieve_ca'> {
  const secret = `${eck.name}-es-transport-certs-public`;
  if (!eck.transportCa || eck.transportCa.certificates.length === 0) {
    return step('retrieve_ca', TITLE, 'waiting', `Waiting for ECK to write ca.crt in the Secret ${secret}.`, {
      evidence: [kubernetesEvidence(`Secret ${secret}`, 'no ca.crt')],
      waitingFor: `ECK to write the Secret ${secret}`,
    });
  }
  return step('retrieve_ca', TITLE, 'done', `${secret} holds ${eck.transportCa.certificates.length} certificate(s).`, {
    evidence: eck.transportCa.certificates.map((certificate) =>
      kubernetesEvidence(
        `ca.crt: ${certificate.subject}`,
        `serial ${certificate.serialNumber}, valid ${certificate.validFrom} to ${certificate.validTo}, SHA-256 ${certificate.sha256Fingerprint}`,
      ),
    ),
  });
}
