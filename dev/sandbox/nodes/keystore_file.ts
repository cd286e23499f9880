import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

/**
 * `elasticsearch.keystore`, simulated. NOT Elasticsearch's format (a Lucene-framed, AES-GCM
 * encrypted file): JSON, so that tests and people can read what the admin put in. Only the
 * simulated `bin/elasticsearch-keystore` writes it; nodes read it when they start or reload.
 */
interface KeystoreFileContent {
  readonly format: 'sandbox-elasticsearch-keystore';
  readonly version: 1;
  /** SHA-256 of the keystore password; absent for a keystore without one (the default). */
  readonly passwordHash?: string;
  readonly settings: Record<string, string>;
}

const KEYSTORE_FORMAT = 'sandbox-elasticsearch-keystore';

/** What `KeyStoreWrapper.load` plus `decrypt` report; the messages are Elasticsearch's. */
export type KeystoreRead =
  | { readonly ok: true; readonly settings: Readonly<Record<string, string>>; readonly passwordProtected: boolean }
  | { readonly ok: false; readonly type: string; readonly reason: string };

const hash = (password: string) => createHash('sha256').update(password).digest('hex');

export function keystoreExists(path: string): boolean {
  return existsSync(path);
}

/** Opens the keystore with `password` ('' for none), as a node does on start and reload. */
export function readKeystore(path: string, password: string): KeystoreRead {
  if (!existsSync(path)) return { ok: false, type: 'illegal_state_exception', reason: 'Keystore is missing' };
  let content: KeystoreFileContent;
  try {
    content = JSON.parse(readFileSync(path, 'utf8')) as KeystoreFileContent;
    if (content.format !== KEYSTORE_FORMAT || typeof content.settings !== 'object') throw new Error('not a keystore');
  } catch {
    return { ok: false, type: 'security_exception', reason: 'Keystore has been corrupted or tampered with' };
  }
  if ((content.passwordHash ?? hash('')) !== hash(password)) {
    return { ok: false, type: 'security_exception', reason: 'Provided keystore password was incorrect' };
  }
  return { ok: true, settings: content.settings, passwordProtected: content.passwordHash !== undefined };
}

export function writeKeystore(path: string, settings: Readonly<Record<string, string>>, password: string): void {
  const content: KeystoreFileContent = {
    format: KEYSTORE_FORMAT,
    version: 1,
    ...(password ? { passwordHash: hash(password) } : {}),
    settings: Object.fromEntries(Object.entries(settings).sort(([a], [b]) => (a < b ? -1 : 1))),
  };
  writeFileSync(path, `${JSON.stringify(content, null, 2)}\n`, { mode: 0o660 });
}

/** A new keystore holds the seed Elasticsearch generates on creation. */
export function createKeystore(path: string, password: string): void {
  writeKeystore(path, { 'keystore.seed': randomBytes(15).toString('base64') }, password);
}

export function isPasswordProtected(path: string): boolean {
  try {
    return (JSON.parse(readFileSync(path, 'utf8')) as KeystoreFileContent).passwordHash !== undefined;
  } catch {
    return false;
  }
}
