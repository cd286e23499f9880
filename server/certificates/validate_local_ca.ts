import { X509Certificate } from 'node:crypto';
import { PluginError } from '../../common/errors/plugin_error';
import type { LocalCaCertificate } from '../../common/plan/certificate/certificate_observation';
import { summarizePemBundle } from './summarize_pem_bundle';

const FIELD = 'choices.localTransportCa';
const PEM_BLOCK = /-----BEGIN ([A-Z0-9 ]+)-----[\s\S]*?-----END \1-----/g;

/** A 400 naming the field; the message never repeats the input, which may hold a key pasted by mistake. */
const invalid = (why: string) =>
  new PluginError('INVALID_REQUEST', `[request body] ${FIELD}: ${why}`, { field: FIELD });

/**
 * The local transport CA as pasted: only certificate blocks, each a parseable X.509 CA certificate
 * (basicConstraints CA:TRUE) valid now. Anything that looks like key material is refused before
 * any parsing, so it is neither stored nor echoed. The request schema refuses the common key
 * headers already; this is the server's own check, for the encodings the schema does not know.
 */
export function validateLocalCa(pem: string, now: Date = new Date()): LocalCaCertificate {
  const blocks = [...pem.matchAll(PEM_BLOCK)];
  if (/PRIVATE KEY|KEY-----/.test(pem) || blocks.some((b) => b[1] !== 'CERTIFICATE')) {
    throw invalid('contains a private key or other non-certificate block: paste only the CA certificate');
  }
  if (blocks.length === 0) throw invalid('must be a PEM certificate');
  for (const [block] of blocks) {
    let certificate: X509Certificate;
    try {
      certificate = new X509Certificate(block);
    } catch {
      throw invalid('is not a parseable PEM certificate');
    }
    if (!certificate.ca) {
      throw invalid(
        `${certificate.subject.replace(/\n/g, ', ')} is not a CA certificate (basicConstraints CA:TRUE): paste the CA that signed the transport certificates, not a node's certificate`,
      );
    }
    if (new Date(certificate.validTo) < now)
      throw invalid(`the CA expired on ${new Date(certificate.validTo).toISOString()}`);
    if (new Date(certificate.validFrom) > now) {
      throw invalid(`the CA is not valid before ${new Date(certificate.validFrom).toISOString()}`);
    }
  }
  const normalized = blocks.map(([block]) => `${block.trim()}\n`).join('');
  return { pem: normalized, summary: summarizePemBundle(normalized)[0] };
}
