import { DOCTOR_CATALOGUE, type DoctorFailureId } from './doctor_catalogue';
import type { Hop, HopEvidence, HopId, HopStatus } from './hop_types';

export const HOP_TITLES: Record<HopId, string> = {
  kubernetes: 'Kubernetes is reachable and permits the reads',
  eck_resource: 'The ECK resource is healthy',
  remote_cluster_server: 'The remote cluster server is enabled and its Service exists',
  exposure: 'The remote cluster server has an address outside Kubernetes',
  tcp: 'TCP to the proxy address, from the Kibana host (Elasticsearch nodes make the real connection)',
  tls: 'TLS handshake with the configured server name',
  local_trust: "The local nodes trust the ECK cluster's current CA",
  port: 'The port fits the security model',
  credentials: 'Credentials for exactly this alias',
  api_key: 'The cross-cluster API key is valid on the remote',
  connected: 'The remote cluster connects',
  versions: 'Versions and licences are compatible',
  privileges: 'Your privileges on the remote cluster',
};

export function hop(
  id: HopId,
  status: HopStatus,
  reason: string,
  evidence: HopEvidence[] = [],
  failures: DoctorFailureId[] = [],
): Hop {
  return {
    id,
    title: HOP_TITLES[id],
    status,
    reason,
    evidence,
    failures: failures.map((failure) => {
      const { cause, fix, docReference } = DOCTOR_CATALOGUE[failure];
      return { id: failure, cause, fix, docReference };
    }),
  };
}

/** A hop failed with these catalogue entries; the reason says what was seen. */
export const failed = (id: HopId, reason: string, evidence: HopEvidence[], ...failures: DoctorFailureId[]) =>
  hop(id, 'failed', reason, evidence, failures);

export const ok = (id: HopId, reason: string, evidence: HopEvidence[] = []) => hop(id, 'ok', reason, evidence);

export const unknown = (id: HopId, reason: string, evidence: HopEvidence[] = []) =>
  hop(id, 'unknown', reason, evidence);

export const evidence = (subject: string, value: unknown, source: HopEvidence['source']): HopEvidence => ({
  subject,
  value: String(value),
  source,
});
