import type { CertificatePlanResponse } from '../../../common/api/certificate_connection';
import { CERTIFICATE_STEP_IDS, type CertificateStepId } from '../../../common/plan/certificate/certificate_steps';
import type { PlanStep } from '../../../common/plan/plan_types';
import { CA_PEM } from './plan_fixtures';

type Step = PlanStep<CertificateStepId>;

const TITLES: Record<CertificateStepId, string> = {
  preflight: 'Check the prerequisites',
  trust_eck_ca_on_local_nodes: 'Trust the ECK transport CA on every local node',
  trust_local_ca_on_eck: 'Make the ECK cluster trust the local transport CA',
  expose_transport: 'Expose the transport layer',
  configure_remote: 'Configure the remote cluster',
  create_remote_role: 'Create the role on the ECK cluster',
  create_local_role: 'Create the role on the local cluster',
  verify: 'Verify the connection',
};

/** A self-signed CA as pasted by an admin; its shape is all the browser checks. */
export const LOCAL_CA_PEM = CA_PEM;
export const PRIVATE_KEY_PEM = '-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBg\n-----END PRIVATE KEY-----\n';

export const CERTIFICATE_STEPS = {
  done: (id: CertificateStepId): Step => ({
    id,
    title: TITLES[id],
    status: 'done',
    reason: `${TITLES[id]}: done.`,
    evidence: [],
    changes: [],
    warnings: [],
  }),
  trustEckCaManual: (): Step => ({
    ...CERTIFICATE_STEPS.done('trust_eck_ca_on_local_nodes'),
    status: 'manual',
    reason: 'Not yet trusted on: es-local-1, es-local-2.',
    instructions: {
      commands: [],
      files: [{ path: 'config/certs/eck-search-prod-logs-prod-transport-ca.crt', content: CA_PEM }],
      settings: [
        'xpack.security.transport.ssl.certificate_authorities: [ "certs/transport-ca.crt", "certs/eck-search-prod-logs-prod-transport-ca.crt" ]',
      ],
      pendingNodes: ['es-local-1', 'es-local-2'],
      notes: ['Then restart the nodes one at a time.'],
      runOn: 'every_local_node',
    },
  }),
  trustLocalCaAsks: (): Step => ({
    ...CERTIFICATE_STEPS.done('trust_local_ca_on_eck'),
    status: 'blocked',
    reason: "Paste the local cluster's transport CA in the form, then update the plan.",
  }),
  trustLocalCaReady: (): Step => ({
    ...CERTIFICATE_STEPS.done('trust_local_ca_on_eck'),
    status: 'ready',
    reason: 'ECK does not trust the local transport CA yet.',
    changes: [
      {
        kind: 'kubernetes_create',
        object: {
          apiVersion: 'v1',
          kind: 'ConfigMap',
          metadata: { namespace: 'search-prod', name: 'logs-prod-remote-ca' },
          data: { 'ca.crt': CA_PEM },
        },
        command: 'kubectl -n search-prod create configmap logs-prod-remote-ca --from-file=ca.crt=local-ca.crt',
      },
    ],
    warnings: ['ECK restarts every node of logs-prod, one at a time, to trust the new CA.'],
  }),
  verifyWaiting: (): Step => ({
    ...CERTIFICATE_STEPS.done('verify'),
    status: 'waiting',
    reason: 'logs does not connect yet, as expected.',
    waitingFor: '"Trust the ECK transport CA on every local node"',
  }),
};

/** A certificate plan where every step is done except those given. */
export function certificatePlan(
  steps: Step[] = [],
  extras: Partial<Omit<CertificatePlanResponse, 'steps' | 'target'>> = {},
): CertificatePlanResponse {
  const byId = new Map(steps.map((step) => [step.id, step]));
  return {
    target: { alias: 'logs', namespace: 'search-prod', name: 'logs-prod', mode: 'certificate' },
    steps: CERTIFICATE_STEP_IDS.map((id) => byId.get(id) ?? CERTIFICATE_STEPS.done(id)),
    deprecated: true,
    apiKeyModel: { qualifies: false, reason: 'The ECK cluster runs 8.12.2; API keys need 8.14 or later.' },
    localTransportTls: { style: 'pem', source: 'observed', verificationMode: 'full', paths: ['certs/transport.crt'] },
    roleName: 'remote-logs',
    ...extras,
  };
}
