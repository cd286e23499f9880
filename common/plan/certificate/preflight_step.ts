import type { ApiKeyModelAvailability, LocalTransportTlsFacts } from '../../api/certificate_connection';
import { apiKeyPreflightStep, type PreflightInput } from '../api_key/preflight_step';
import type { Evidence, PlanStep } from '../plan_types';
import { kubernetesProblems, versionAndPrivilegeChecks } from '../preflight_checks';
import { step } from '../step_helpers';

const TITLE = 'Check the prerequisites';

export const DEPRECATION_NOTICE =
  'The TLS certificate model is deprecated since Elasticsearch 9.0 (not removed): the API key model gives finer access control and does not need the clusters to trust each other.';

export interface CertificatePreflightInput extends PreflightInput {
  transportTls: LocalTransportTlsFacts;
}

export interface CertificatePreflight {
  step: PlanStep<'preflight'>;
  /** Whether both sides qualify for the API key model, for the UI's one-click switch. */
  apiKeyModel: ApiKeyModelAvailability;
}

function transportTlsEvidence(tls: LocalTransportTlsFacts): { evidence: Evidence; warning?: string } {
  const value = tls.style
    ? `${tls.style === 'pem' ? 'PEM certificate_authorities' : 'PKCS#12 truststore'} (${tls.source === 'observed' ? `seen in ${tls.paths.join(', ')}` : "the admin's answer"})`
    : 'unknown';
  return {
    evidence: { subject: 'local transport TLS', value, source: 'local_elasticsearch' },
    ...(tls.style
      ? {}
      : {
          warning:
            'The node APIs do not show how the local transport layer trusts CAs: answer whether it uses PEM files (xpack.security.transport.ssl.certificate_authorities) or a PKCS#12 truststore (truststore.path, as security auto-configuration writes), so the plugin gives the right instructions.',
        }),
  };
}

/**
 * What must hold before anything changes: versions the two clusters can search across (any
 * licence: the certificate model needs none), the user's `manage`, a valid ECK resource and the
 * plugin's Kubernetes permissions. Also whether the API key model would work here, since this
 * model is deprecated, and how local transport TLS trusts CAs.
 */
export function certificatePreflightStep(input: CertificatePreflightInput): CertificatePreflight {
  const { local, remote, eck } = input;
  const { problems, evidence } = versionAndPrivilegeChecks(local, remote, eck);
  const warnings = [DEPRECATION_NOTICE];
  if (!remote.ok) warnings.push(`The ECK cluster's REST API could not be reached yet: ${remote.error}`);
  problems.push(...kubernetesProblems(eck, input.missingKubernetesPermissions));
  const tls = transportTlsEvidence(input.transportTls);
  evidence.push(tls.evidence);
  if (tls.warning) warnings.push(tls.warning);

  // The API key model's own preflight decides whether the switch is offered: one set of rules.
  const apiKey = apiKeyPreflightStep({ local, remote, eck, missingKubernetesPermissions: [] });
  const apiKeyModel = {
    qualifies: apiKey.status === 'done',
    reason: apiKey.status === 'done' ? 'Both clusters qualify for the API key model: prefer it.' : apiKey.reason,
  };
  if (apiKeyModel.qualifies) warnings.push('Both clusters qualify for the API key model: switch to it with one click.');

  const result =
    problems.length > 0
      ? step('preflight', TITLE, 'blocked', problems.join(' '), { evidence, warnings })
      : step('preflight', TITLE, 'done', 'Both clusters can be connected with the certificate model.', {
          evidence,
          warnings,
        });
  return { step: result, apiKeyModel };
}
