import type { HostileValue } from './hostile_values';

const BEGIN = '-----BEGIN CERTIFICATE-----';
const END = '-----END CERTIFICATE-----';
const KEY = '-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\n-----END PRIVATE KEY-----';

/** Certificates a pasted-CA field must refuse, without repeating them in the error. */
export const HOSTILE_PEMS: HostileValue[] = [
  ['not a certificate', 'text that is not PEM'],
  [KEY, 'a private key instead of the CA'],
  [`${BEGIN}\nMIIB\n${END}\n${KEY}`, 'a certificate followed by its private key'],
  [`${BEGIN}\n${'A'.repeat(70_000)}\n${END}`, 'a PEM over 64 KiB'],
  [`${BEGIN}${END}`, 'a PEM with no body'],
  [42, 'a number as the CA'],
];

/** PEM-shaped input that only parsing can refuse: garbage between the markers, markup, commands. */
export const UNPARSABLE_PEMS: HostileValue[] = [
  [`${BEGIN}\n!!!! not base64 $(rm -rf /) !!!!\n${END}`, 'garbage and a shell command between the markers'],
  [`${BEGIN}\nPHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\n${END}`, 'valid base64 of markup, not DER'],
];
