import type { Evidence } from '../plan/plan_types';

/** The plan's evidence, plus what the Kibana host itself saw (its TCP and TLS probes). */
export type HopEvidence = Omit<Evidence, 'source'> & { source: Evidence['source'] | 'kibana_host' };

/**
 * The hops of a remote connection, in the order a connection meets them: from Kubernetes and the
 * ECK resource, through the network and TLS, to the local nodes' trust and credentials, the key
 * on the remote, the connection itself, versions and the user's privileges.
 */
export const HOP_IDS = [
  'kubernetes',
  'eck_resource',
  'remote_cluster_server',
  'exposure',
  'tcp',
  'tls',
  'local_trust',
  'port',
  'credentials',
  'api_key',
  'connected',
  'versions',
  'privileges',
] as const;
export type HopId = (typeof HOP_IDS)[number];

/** `unknown`: the hop could not be evaluated (or does not apply); the reason says which. */
export type HopStatus = 'ok' | 'failed' | 'unknown';

export interface HopFailure {
  /** The catalogue entry: a stable id the UI, the docs and the tests share. */
  id: string;
  cause: string;
  fix: string;
  docReference: string;
}

export interface Hop {
  id: HopId;
  title: string;
  status: HopStatus;
  /** What was found, in plain words: why the hop is ok, failed or unknown. */
  reason: string;
  evidence: HopEvidence[];
  /** Every catalogued failure found at this hop (usually one). */
  failures: HopFailure[];
}

export interface Diagnosis {
  alias: string;
  /** The ECK cluster behind the alias, when one was named or recognised. */
  eck: { namespace: string; name: string; identifiedBy: EckIdentification } | null;
  hops: Hop[];
}

/** How the doctor knows which ECK cluster is behind the alias. */
export type EckIdentification = 'request' | 'server_name' | 'address';
