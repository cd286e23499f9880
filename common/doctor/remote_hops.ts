import { crossClusterSearchCompatibility } from '../compatibility/cross_cluster_search_compatibility';
import { licenceAllowsApiKeyModel } from '../compatibility/remote_cluster_features';
import { parseStackVersion } from '../compatibility/stack_version';
import { aliasKey, eckResourceOf, localRemoteOf, mentions, usesApiKeyModel } from './alias_facts';
import type { DoctorObservation } from './doctor_observation';
import type { DoctorFailureId } from './doctor_catalogue';
import { evidence, failed, ok, unknown } from './hop_builder';
import type { Hop } from './hop_types';

const local = (subject: string, value: unknown) => evidence(subject, value, 'local_elasticsearch');
const remoteFact = (subject: string, value: unknown) => evidence(subject, value, 'remote_elasticsearch');

const isConnected = (observation: DoctorObservation) =>
  observation.resolution?.ok === true && observation.resolution.value.connected;

function resolutionEvidence(observation: DoctorObservation) {
  const resolution = observation.resolution;
  if (!resolution?.ok) return [];
  const { connected, error } = resolution.value;
  return [
    local(
      `_resolve/cluster ${observation.alias}`,
      connected ? 'connected' : `not connected${error ? `: ${error}` : ''}`,
    ),
  ];
}

export function apiKeyHop(observation: DoctorObservation): Hop {
  const remote = localRemoteOf(observation);
  if (!remote?.hasCredentials) {
    return unknown(
      'api_key',
      remote ? 'The alias has no API key credentials (certificate model).' : 'The alias is not configured.',
    );
  }
  const found = aliasKey(observation);
  const facts = resolutionEvidence(observation);
  const byMessage: DoctorFailureId | null = mentions(
    observation,
    'authentication expected API key type of [cross_cluster]',
  )
    ? 'api_key_not_cross_cluster'
    : mentions(observation, 'unable to authenticate user [')
      ? 'api_key_unauthenticated'
      : null;
  if (!found?.key) {
    const lookup = observation.remote?.ok === false ? ` The remote could not be read: ${observation.remote.error}` : '';
    if (byMessage) return failed('api_key', `The remote refused the key.${lookup}`, facts, byMessage);
    if (isConnected(observation))
      return ok('api_key', 'The remote accepts the key in the keystore: the alias connects.', facts);
    if (found && observation.remote?.ok) {
      return failed(
        'api_key',
        `The remote has no cross-cluster API key with id ${found.id}.`,
        facts,
        'api_key_unauthenticated',
      );
    }
    return unknown('api_key', `The key in the keystore cannot be read, and no error names it.${lookup}`, facts);
  }
  const { key } = found;
  const facts2 = [
    ...facts,
    remoteFact(
      `API key ${key.id}`,
      `${key.name}, type ${key.type}, ${key.invalidated ? 'invalidated' : 'active'}, expires ${key.expiration ?? 'never'}`,
    ),
  ];
  if (key.type !== 'cross_cluster' || byMessage === 'api_key_not_cross_cluster') {
    return failed(
      'api_key',
      `Key ${key.id} (${key.name}) is a ${key.type} API key.`,
      facts2,
      'api_key_not_cross_cluster',
    );
  }
  if (key.invalidated)
    return failed('api_key', `Key ${key.id} (${key.name}) was invalidated.`, facts2, 'api_key_invalidated');
  if (key.expiration && Date.parse(key.expiration) <= Date.parse(observation.now)) {
    return failed('api_key', `Key ${key.id} (${key.name}) expired at ${key.expiration}.`, facts2, 'api_key_expired');
  }
  return ok(
    'api_key',
    `Key ${key.id} (${key.name}) is an active cross-cluster key, expiring ${key.expiration ?? 'never'}.`,
    facts2,
  );
}

export function connectedHop(observation: DoctorObservation): Hop {
  if (!observation.localRemote.ok)
    return unknown('connected', `The alias could not be read: ${observation.localRemote.error}`);
  if (!observation.localRemote.value) {
    return failed(
      'connected',
      `The local cluster has no remote cluster ${observation.alias}.`,
      [],
      'alias_not_configured',
    );
  }
  const { resolution } = observation;
  if (!resolution) return unknown('connected', 'Not checked.');
  // `_remote/info` is passive and may be stale: shown beside the real dial, never instead of it.
  const passive = local(
    `_remote/info ${observation.alias} (passive)`,
    observation.localRemote.value.connected ? 'connected' : 'not connected',
  );
  if (!resolution.ok) return unknown('connected', `_resolve/cluster failed: ${resolution.error}`, [passive]);
  const facts = [...resolutionEvidence(observation), passive];
  if (resolution.value.connected) return ok('connected', `${observation.alias} connects.`, facts);
  const error = resolution.value.error;
  if (error?.includes('Request timed out')) {
    return failed('connected', `${observation.alias} did not answer in time.`, facts, 'resolve_timed_out');
  }
  return failed(
    'connected',
    `${observation.alias} does not connect${error ? `: ${error}` : ''}.`,
    facts,
    'not_connected',
  );
}

function remoteVersion(observation: DoctorObservation): string | null {
  const resolution = observation.resolution?.ok ? observation.resolution.value.version : undefined;
  const viaPortForward = observation.remote?.ok ? observation.remote.value.version : undefined;
  return resolution ?? viaPortForward ?? eckResourceOf(observation)?.version ?? null;
}

interface Problem {
  failure: DoctorFailureId;
  reason: string;
}

function versionProblem(
  observation: DoctorObservation,
  localVersion: string,
  remoteText: string | null,
): Problem | null {
  const [local, remote] = [parseStackVersion(localVersion), parseStackVersion(remoteText)];
  const verdict = local && remote ? crossClusterSearchCompatibility(local, remote) : null;
  if (verdict && !verdict.supported) return { failure: 'versions_not_compatible', reason: verdict.reason };
  return mentions(observation, 'Received handshake message from unsupported version')
    ? { failure: 'versions_not_compatible', reason: 'The remote refused the handshake for its version.' }
    : null;
}

/** The API key model needs Enterprise on both sides; the certificate model works on any licence. */
function licenceProblem(observation: DoctorObservation, licences: Array<string | null>): Problem | null {
  const belowEnterprise = licences.filter((l): l is string => l !== null && !licenceAllowsApiKeyModel(l));
  const refused = mentions(observation, 'current license is non-compliant for [advanced-remote-cluster-security]');
  if (!refused && !(usesApiKeyModel(observation) && belowEnterprise.length > 0)) return null;
  return {
    failure: 'licence_not_enterprise',
    reason: `The API key model needs Enterprise on both clusters (${belowEnterprise.join(', ') || 'refused by a cluster'}).`,
  };
}

export function versionsHop(observation: DoctorObservation): Hop {
  if (!observation.local.ok)
    return unknown('versions', `The local cluster could not be read: ${observation.local.error}`);
  const { version: localVersion, licenseType: localLicence } = observation.local.value;
  const remoteText = remoteVersion(observation);
  const remoteLicence = observation.remote?.ok ? observation.remote.value.licenseType : null;
  const facts = [
    local('local version', localVersion),
    remoteFact('remote version', remoteText ?? 'unknown'),
    local('local licence', localLicence),
    remoteFact('remote licence', remoteLicence ?? 'unknown'),
  ];
  const problems = [
    versionProblem(observation, localVersion, remoteText),
    licenceProblem(observation, [localLicence, remoteLicence]),
  ].filter((p): p is Problem => p !== null);
  if (problems.length > 0) {
    return failed('versions', problems.map((p) => p.reason).join(' '), facts, ...problems.map((p) => p.failure));
  }
  if (!parseStackVersion(remoteText)) return unknown('versions', "The remote's version is not known.", facts);
  return ok('versions', `A ${localVersion} cluster can search a ${remoteText} cluster.`, facts);
}

/** Elasticsearch's simple wildcard: `*` is any run of characters. */
const wildcard = (pattern: string, value: string) =>
  new RegExp(
    `^${pattern
      .split('*')
      .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*')}$`,
  ).test(value);

export function privilegesHop(observation: DoctorObservation): Hop {
  const { privileges } = observation;
  if (!localRemoteOf(observation)) return unknown('privileges', 'The alias is not configured.');
  if (!isConnected(observation))
    return unknown('privileges', 'Not connected: privileges are checked once the alias connects.');
  if (!privileges) return unknown('privileges', 'Not checked.');
  if (!privileges.ok) return unknown('privileges', `The check failed: ${privileges.error}`);
  const { pattern, resolveError, searchError } = privileges.value;
  const error = resolveError ?? searchError;
  const facts = [
    local(`_resolve/cluster/${pattern}`, resolveError ?? 'no error'),
    local(`${pattern}/_search?size=0`, searchError ?? 'no error'),
  ];
  if (!error) return ok('privileges', `You can search ${pattern}.`, facts);
  if (error.includes('no remote indices privileges apply')) {
    return failed(
      'privileges',
      `None of your roles grants remote_indices for ${observation.alias}.`,
      facts,
      'no_remote_indices',
    );
  }
  if (error.includes('towards remote cluster is unauthorized')) {
    const indices = /on indices \[([^\]]*)\]/.exec(error)?.[1].split(',') ?? [];
    const key = aliasKey(observation)?.key;
    if (key) {
      const keyGrants = indices.every((index) => key.searchPatterns.some((p) => wildcard(p, index)));
      return keyGrants
        ? failed(
            'privileges',
            `Key ${key.id} grants ${indices.join(', ')}; your role does not.`,
            facts,
            'role_too_narrow',
          )
        : failed(
            'privileges',
            `Key ${key.id} grants only ${key.searchPatterns.join(', ') || 'nothing'}, not ${indices.join(', ')}.`,
            facts,
            'key_access_too_narrow',
          );
    }
    return failed(
      'privileges',
      `Refused on ${indices.join(', ')}; the key could not be read to tell whether it or your role is too narrow.`,
      facts,
      'key_access_too_narrow',
      'role_too_narrow',
    );
  }
  return unknown('privileges', `The check failed: ${error}`, facts);
}
