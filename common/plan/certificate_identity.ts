/** `_ssl/certificates` writes serials in hex without separators; X.509 tools often add colons and zeros. */
export const normalizeSerial = (serial: string) => serial.replace(/[:\s]/g, '').replace(/^0+/, '').toUpperCase();

/** Distinguished names as Elasticsearch prints them (`CN=a, OU=b`) compared without spacing differences. */
export const normalizeDn = (dn: string) =>
  dn
    .split(',')
    .map((part) => part.trim())
    .join(',');

export const sameCertificate = (a: { subject: string; serial: string }, b: { subject: string; serial: string }) =>
  normalizeDn(a.subject) === normalizeDn(b.subject) && normalizeSerial(a.serial) === normalizeSerial(b.serial);
