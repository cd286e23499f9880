import { normalizeDn, normalizeSerial } from '../plan/certificate_identity';
import { eckResourceOf, localRemoteOf, mentions, proxyPortProfile } from './alias_facts';
import type { DoctorObservation } from './doctor_observation';
import { evidence, failed, ok, unknown } from './hop_builder';
import type { Hop } from './hop_types';

const local = (subject: string, value: unknown) => evidence(subject, value, 'local_elasticsearch');

/** `_ssl/certificates` answers for the node that handles the request only: the others are named, never claimed. */
function uncheckedNodes(observation: DoctorObservation, checked: Set<string>): string {
  const nodes = observation.localNodes.ok ? observation.localNodes.value : [];
  const unchecked = nodes.filter((node) => !checked.has(node));
  return unchecked.length > 0
    ? ` Not checked: ${unchecked.join(', ')} (Elasticsearch reports this for the answering node only).`
    : '';
}

export function localTrustHop(observation: DoctorObservation): Hop {
  if (!observation.eck) return unknown('local_trust', 'Not an ECK remote: there is no ECK CA to compare with.');
  const ca = eckResourceOf(observation)?.transportCa?.[0];
  if (!ca) return unknown('local_trust', "The ECK cluster's transport CA could not be read.");
  const { trustedCertificates } = observation;
  if (!trustedCertificates.ok) {
    return unknown('local_trust', `The nodes' trusted certificates could not be read: ${trustedCertificates.error}`);
  }
  const wanted = local('ECK transport CA', `${ca.subject}, serial ${ca.serialNumber}, expires ${ca.validTo}`);
  const checked = new Set(trustedCertificates.value.map((c) => c.node));
  const sameSubject = trustedCertificates.value.filter((c) => normalizeDn(c.subjectDn) === normalizeDn(ca.subject));
  const current = sameSubject.filter(
    (c) =>
      normalizeSerial(c.serialNumber) === normalizeSerial(ca.serialNumber) &&
      Date.parse(c.expiry) > Date.parse(observation.now),
  );
  const unchecked = uncheckedNodes(observation, checked);
  if (current.length > 0) {
    const nodes = [...new Set(current.map((c) => c.node))].join(', ');
    return ok('local_trust', `${nodes} trusts the current ECK CA (${current[0].path}).${unchecked}`, [
      wanted,
      ...current.map((c) =>
        local(`_ssl/certificates on ${c.node}`, `${c.path}: serial ${c.serialNumber}, expires ${c.expiry}`),
      ),
    ]);
  }
  if (sameSubject.length > 0) {
    return failed(
      'local_trust',
      `The nodes trust a CA named ${ca.subject} with another serial or a past expiry: an old copy.${unchecked}`,
      [
        wanted,
        ...sameSubject.map((c) =>
          local(`_ssl/certificates on ${c.node}`, `${c.path}: serial ${c.serialNumber}, expires ${c.expiry}`),
        ),
      ],
      'local_ca_out_of_date',
    );
  }
  return failed(
    'local_trust',
    `No trusted certificate of ${[...checked].join(', ') || 'the answering node'} is ${ca.subject}.${unchecked}`,
    [wanted, local('trusted certificates', trustedCertificates.value.map((c) => c.subjectDn).join('; ') || 'none')],
    'local_ca_not_trusted',
  );
}

export function portHop(observation: DoctorObservation): Hop {
  const remote = localRemoteOf(observation);
  if (!remote)
    return unknown(
      'port',
      observation.localRemote.ok ? 'The alias is not configured.' : 'The alias could not be read.',
    );
  if (remote.mode === 'sniff') return unknown('port', 'Sniff mode: the port is whatever the remote publishes.');
  const profile = proxyPortProfile(observation);
  const facts = [
    local('cluster_credentials', remote.hasCredentials ? 'present (API key model)' : 'absent (certificate model)'),
    local('proxy_address', remote.proxyAddress ?? 'none'),
    evidence('leads to', profile ?? 'unknown', observation.eck ? 'kubernetes' : 'kibana_host'),
  ];
  const transportWithKey =
    (remote.hasCredentials && profile === 'transport') ||
    mentions(observation, 'missing authentication credentials for action');
  if (transportWithKey) {
    return failed(
      'port',
      'The alias has API key credentials but dials the transport port (9300).',
      facts,
      'transport_port_with_credentials',
    );
  }
  const serverWithoutKey =
    (!remote.hasCredentials && profile === 'remote_cluster_server') ||
    mentions(observation, '[_cross_cluster_access_credentials] but none found');
  if (serverWithoutKey) {
    return failed(
      'port',
      'The alias has no API key credentials but dials the remote cluster server (9443).',
      facts,
      'remote_cluster_port_without_credentials',
    );
  }
  if (!profile) return unknown('port', `Which port ${remote.proxyAddress} leads to is not known.`, facts);
  return ok(
    'port',
    remote.hasCredentials ? 'API key model on the remote cluster server.' : 'Certificate model on the transport port.',
    facts,
  );
}

export function credentialsHop(observation: DoctorObservation): Hop {
  const remote = localRemoteOf(observation);
  if (!remote)
    return unknown(
      'credentials',
      observation.localRemote.ok ? 'The alias is not configured.' : 'The alias could not be read.',
    );
  const answering = observation.trustedCertificates.ok ? observation.trustedCertificates.value[0]?.node : undefined;
  const unchecked = uncheckedNodes(observation, new Set(answering ? [answering] : []));
  const facts = [
    local(`_remote/info ${observation.alias}: cluster_credentials`, remote.hasCredentials ? 'present' : 'absent'),
  ];
  if (remote.hasCredentials) {
    return ok('credentials', `The answering node has credentials for exactly ${observation.alias}.${unchecked}`, facts);
  }
  const needed =
    proxyPortProfile(observation) === 'remote_cluster_server' ||
    mentions(observation, 'Please ensure you have configured remote cluster credentials');
  if (needed) {
    return failed(
      'credentials',
      `No cluster.remote.${observation.alias}.credentials on the answering node, and the remote cluster server needs them.${unchecked}`,
      facts,
      'credentials_missing',
    );
  }
  return ok('credentials', 'No credentials: the alias uses the certificate model, which needs none.', facts);
}
