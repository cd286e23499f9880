// @peculiar/x509 resolves its services through tsyringe, which needs the Reflect metadata polyfill.
import 'reflect-metadata';
import * as x509 from '@peculiar/x509';

/** An otherName whose value is a UTF8String, as Elasticsearch reads node names from certificates. */
export interface Utf8OtherName {
  /** Dotted OID of the name's type, e.g. 2.5.4.3 (commonName) for ECK's node names. */
  typeId: string;
  value: string;
}

export interface SubjectAlternativeNames {
  dns?: string[];
  ip?: string[];
  otherNames?: Utf8OtherName[];
}

/** The OID ECK tags its node-name otherName with: commonName (pkg/controller/common/certificates). */
export const COMMON_NAME_OID = '2.5.4.3';

function derLength(length: number): number[] {
  if (length < 0x80) return [length];
  const bytes: number[] = [];
  for (let rest = length; rest > 0; rest = Math.floor(rest / 256)) bytes.unshift(rest % 256);
  return [0x80 | bytes.length, ...bytes];
}

function der(tag: number, content: Uint8Array): Uint8Array<ArrayBuffer> {
  return Uint8Array.from([tag, ...derLength(content.length), ...content]);
}

function objectIdentifier(dotted: string): Uint8Array {
  const [first, second, ...rest] = dotted.split('.').map(Number);
  const bytes = [40 * first + second];
  for (const arc of rest) {
    const base128: number[] = [arc % 128];
    for (let value = Math.floor(arc / 128); value > 0; value = Math.floor(value / 128)) {
      base128.unshift(0x80 | (value % 128));
    }
    bytes.push(...base128);
  }
  return der(0x06, Uint8Array.from(bytes));
}

// @peculiar/x509 encodes only a few otherName types (UPN, GUID), so this one is written by hand:
// otherName [0] { type-id OID, value [0] EXPLICIT UTF8String }.
function otherNameGeneralName(name: Utf8OtherName): Uint8Array {
  const value = der(0xa0, der(0x0c, new TextEncoder().encode(name.value)));
  return der(0xa0, Uint8Array.from([...objectIdentifier(name.typeId), ...value]));
}

const generalName = (type: 'dns' | 'ip', value: string) => new Uint8Array(new x509.GeneralName(type, value).rawData);

/** The subjectAltName extension, otherNames first as ECK orders them (certificates/transport/csr.go). */
export function subjectAlternativeNameExtension(names: SubjectAlternativeNames): x509.Extension {
  const generalNames = [
    ...(names.otherNames ?? []).map(otherNameGeneralName),
    ...(names.dns ?? []).map((value) => generalName('dns', value)),
    ...(names.ip ?? []).map((value) => generalName('ip', value)),
  ];
  const sequence = der(0x30, Uint8Array.from(generalNames.flatMap((name) => [...name])));
  return new x509.Extension('2.5.29.17', false, sequence);
}
