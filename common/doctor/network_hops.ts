import { eckResourceOf, localRemoteOf } from './alias_facts';
import type { DoctorObservation } from './doctor_observation';
import { evidence, failed, ok, unknown } from './hop_builder';
import type { Hop } from './hop_types';

const host = (subject: string, value: unknown) => evidence(subject, value, 'kibana_host');

const OPENSSL_DATE_ERRORS = new Set(['CERT_HAS_EXPIRED', 'CERT_NOT_YET_VALID']);

/** Why the alias has no address the doctor may dial, or `null` when it has one. */
function noProxyAddress(observation: DoctorObservation): string | null {
  if (!observation.localRemote.ok) return `The alias could not be read: ${observation.localRemote.error}`;
  const remote = observation.localRemote.value;
  if (!remote) return 'The alias is not configured.';
  if (remote.mode === 'sniff') {
    return 'Sniff mode: the nodes dial the seeds, then the addresses the remote publishes; the doctor probes proxy addresses only.';
  }
  return remote.proxyAddress ? null : 'The alias has no proxy address.';
}

export function tcpHop(observation: DoctorObservation): Hop {
  const missing = noProxyAddress(observation);
  if (missing) return unknown('tcp', missing);
  const { tcp } = observation;
  if (!tcp) return unknown('tcp', 'Not probed.');
  if (tcp.error) {
    return failed(
      'tcp',
      `The Kibana host cannot open a TCP connection to ${tcp.address}: ${tcp.error}.`,
      [host(`TCP ${tcp.address}`, tcp.error)],
      'proxy_address_unreachable',
    );
  }
  return ok(
    'tcp',
    `The Kibana host connected to ${tcp.address} in ${tcp.elapsedMs} ms; the nodes' own path may differ.`,
    [host(`TCP ${tcp.address}`, 'connected')],
  );
}

/** A certificate is valid at `now` when `now` lies within its dates. */
const withinValidity = (certificate: { validFrom: string; validTo: string }, now: string) =>
  Date.parse(certificate.validFrom) <= Date.parse(now) && Date.parse(now) <= Date.parse(certificate.validTo);

export function tlsHop(observation: DoctorObservation): Hop {
  const missing = noProxyAddress(observation);
  if (missing) return unknown('tls', missing);
  if (observation.tcp?.error) return unknown('tls', 'No TLS handshake: the TCP connection failed.');
  const { tls } = observation;
  if (!tls) return unknown('tls', 'Not probed.');
  if (tls.result.kind === 'alert') {
    return unknown(
      'tls',
      `The server ended the handshake (${tls.result.code}): it asks for a client certificate, as the transport port does.`,
      [host('TLS alert', tls.result.code)],
    );
  }
  if (tls.result.kind === 'failed') return unknown('tls', `No TLS handshake: ${tls.result.error}.`);
  const { chain, subjectAltNames, signedByEckCa, chainError, nameError } = tls.result;
  const [leaf] = chain;
  const facts = [
    host('server name checked', tls.serverName),
    host('certificate subject', leaf?.subject ?? 'none'),
    host('certificate issuer', leaf?.issuer ?? 'none'),
    host('subject alternative names', subjectAltNames.join(', ') || 'none'),
    host('certificate validity', leaf ? `${leaf.validFrom} to ${leaf.validTo}` : 'none'),
    host('signed by the ECK transport CA', signedByEckCa === null ? 'not checked (no ECK CA)' : signedByEckCa),
  ];
  const eckCa = eckResourceOf(observation)?.transportCa?.[0];
  const outOfDates =
    OPENSSL_DATE_ERRORS.has(chainError ?? '') ||
    (leaf !== undefined && !withinValidity(leaf, observation.now)) ||
    (eckCa !== undefined && !withinValidity(eckCa, observation.now));
  const problems = [
    ...(outOfDates ? (['tls_certificate_expired'] as const) : []),
    ...(signedByEckCa === false && !OPENSSL_DATE_ERRORS.has(chainError ?? '')
      ? (['tls_not_signed_by_eck_ca'] as const)
      : []),
    ...(nameError ? (['tls_server_name_mismatch'] as const) : []),
  ];
  if (problems.length === 0) {
    const chainNote = signedByEckCa
      ? 'signed by the ECK transport CA'
      : 'its chain was not checked: there is no ECK CA';
    return ok('tls', `The certificate carries ${tls.serverName}, is within its dates and is ${chainNote}.`, facts);
  }
  const reasons = [
    ...(outOfDates ? ['the certificate or its CA is out of its validity'] : []),
    ...(problems.includes('tls_not_signed_by_eck_ca')
      ? [`the chain does not verify against the ECK CA (${chainError})`]
      : []),
    ...(nameError ? [`${tls.serverName} is not in the certificate: ${nameError}`] : []),
  ];
  return failed('tls', `At ${localRemoteOf(observation)?.proxyAddress}: ${reasons.join('; ')}.`, facts, ...problems);
}
