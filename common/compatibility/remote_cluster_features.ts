import { atLeast, type StackVersion } from './stack_version';

export type FeatureSupport =
  { level: 'supported' } | { level: 'preview'; warning: string } | { level: 'unsupported'; reason: string };

/**
 * The API key security model: beta from 8.10 (the gate Kibana's wizard and ECK use), generally
 * available and documented from 8.14 on both clusters.
 */
export function apiKeyModelSupport(version: StackVersion, side: 'local' | 'remote'): FeatureSupport {
  if (atLeast(version, 8, 14)) return { level: 'supported' };
  if (atLeast(version, 8, 10)) {
    return {
      level: 'preview',
      warning: `The ${side} cluster runs ${version.major}.${version.minor}: the API key model is beta before 8.14. Upgrade to 8.14 or later for the supported model.`,
    };
  }
  return {
    level: 'unsupported',
    reason: `The ${side} cluster runs ${version.major}.${version.minor}: the API key model needs 8.14 (8.10 as a beta). Use the certificate model or upgrade.`,
  };
}

/** What the ECK operator offers for exposing the remote cluster server. */
export interface EckOperatorFeatures {
  /** `spec.remoteClusterServer.enabled` (ECK 2.16). */
  remoteClusterServer: boolean;
  /** `spec.remoteClusterServer.service` (ECK 3.3); before it, a separate Service exposes port 9443. */
  remoteClusterServerService: boolean;
}

export function eckOperatorFeatures(operatorVersion: StackVersion | null): EckOperatorFeatures {
  return {
    remoteClusterServer: operatorVersion !== null && atLeast(operatorVersion, 2, 16),
    remoteClusterServerService: operatorVersion !== null && atLeast(operatorVersion, 3, 3),
  };
}

/** The API key model needs Enterprise (a trial has every feature) on both clusters; the certificate model works on any licence. */
export const licenceAllowsApiKeyModel = (licenseType: string) =>
  ['enterprise', 'trial'].includes(licenseType.toLowerCase());
