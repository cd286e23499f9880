import type { ObservedResolution } from './api_key/verify_step';
import type { Observed, ObservedLocalCluster, ObservedLocalRemote, ObservedTrustedCertificate } from './observation';

/** What both security models observe on the local cluster, as the current user. */
export interface LocalSideObservation {
  local: Observed<ObservedLocalCluster>;
  localNodes: string[];
  localRemote: ObservedLocalRemote | null;
  /** `_ssl/certificates` of the answering local node. */
  trustedCertificates: Observed<ObservedTrustedCertificate[]>;
  localRoleExists: boolean | null;
  resolution: Observed<ObservedResolution> | null;
}
