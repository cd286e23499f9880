/** `_ssl/certificates` writes serials in hex without separators; X.509 tools often add colons and zeros. */
export const normalizeSerial = (serial: string) => serial.replace(/[:\s]/g, '').replace(/^0+/, '').toUpperCase();

/**
 * Distinguished names compared attribute by attribute: Elasticsearch prints them in RFC 2253 order
 * (`CN=a, OU=b`), other tools in certificate order, with varied spacing.
 */
export const normalizeDn = (dn: string) =>
  dn
    .split(/,(?=\s*[A-Za-z.0-9]+=)/)
    .map((part) => part.trim())
    .sort()
    .join(',');

export const sameCertificate = (a: { subject: string; serial: string }, b: { subject: string; serial: string }) =>
  normalizeDn(a.subject) === normalizeDn(b.subject) && normalizeSerial(a.serial) === normalizeSerial(b.serial);
