import type { LocalTransportTlsFacts } from '../../api/certificate_connection';
import type { Observed, ObservedTrustedCertificate } from '../observation';
import type { LocalTransportTlsStyle, TransportVerificationMode } from './certificate_steps';

const KEYSTORE_FILE = /\.(p12|pfx|jks)$/i;
const PEM_FILE = /\.(crt|pem|cer)$/i;
/** What Elasticsearch 8+ security auto-configuration writes for the transport layer. */
const AUTO_CONFIGURED_TRUSTSTORE = /(^|\/)certs\/transport\.p12$/;

/**
 * How the local transport layer trusts CAs, from the paths `_ssl/certificates` reveals (the node
 * APIs withhold every `xpack.security.*.ssl` setting but `enabled`), or from the admin's answer.
 * A keystore that is not the HTTP one means a PKCS#12 (or JKS) truststore; only PEM files means
 * `certificate_authorities`. Auto-configuration also writes `verification_mode: certificate`.
 */
export function localTransportTls(
  trusted: Observed<ObservedTrustedCertificate[]>,
  choice: { style?: LocalTransportTlsStyle; verificationMode?: TransportVerificationMode },
): LocalTransportTlsFacts & { truststorePath: string | null } {
  const paths = trusted.ok ? [...new Set(trusted.value.map((c) => c.path))].sort() : [];
  const truststores = paths.filter((p) => KEYSTORE_FILE.test(p) && !/http/i.test(p.split('/').pop() ?? ''));
  const observedStyle: LocalTransportTlsStyle | null =
    truststores.length > 0 ? 'pkcs12' : paths.some((p) => PEM_FILE.test(p)) ? 'pem' : null;
  const autoConfigured = truststores.some((p) => AUTO_CONFIGURED_TRUSTSTORE.test(p));
  const style = observedStyle ?? choice.style ?? null;
  return {
    style,
    source: observedStyle ? 'observed' : choice.style ? 'choice' : null,
    verificationMode: choice.verificationMode ?? (autoConfigured ? 'certificate' : null),
    paths,
    truststorePath: style === 'pkcs12' ? (truststores[0] ?? 'certs/transport.p12') : null,
  };
}
