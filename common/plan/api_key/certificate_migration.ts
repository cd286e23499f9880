import type { ObservedLocalRemote } from '../observation';

/**
 * When the keystore credentials of an alias may be loaded, relative to the switch of its address.
 *
 * Elasticsearch chooses the security model per alias from the keystore: once
 * `cluster.remote.<alias>.credentials` is loaded (a secure settings reload or a restart), the node
 * dials the alias with the API key model, through the remote cluster client's TLS context and
 * without a client certificate. The transport port (9300) of the certificate model refuses that
 * dial, and the remote cluster server (9443) refuses a dial without credentials. No order of two
 * separate changes keeps a certificate-model alias working, so the reload and the address switch
 * are made back to back in one apply, after everything else (the CA on the nodes needs a
 * restart, and a restart loads the keystore, so it comes before the key is added).
 */
export type CredentialsOrder =
  /** No certificate-model connection to protect: reload as soon as the key is in the keystores. */
  | { order: 'reload_when_added' }
  /** The alias already has credentials. */
  | { order: 'loaded' }
  /** A certificate-model alias in use: add the key without reloading; the switch reloads and re-points at once. */
  | { order: 'reload_with_switch' };

export function credentialsOrder(
  localRemote: ObservedLocalRemote | null,
  proxyAddress: string | null,
): CredentialsOrder {
  if (!localRemote) return { order: 'reload_when_added' };
  if (localRemote.hasCredentials) return { order: 'loaded' };
  // elasticsearch.yml remotes cannot be changed here; the configure step says so.
  if (localRemote.source === 'node') return { order: 'reload_when_added' };
  // Already pointing at the remote cluster server without credentials: it fails until they load.
  if (proxyAddress !== null && localRemote.proxyAddress === proxyAddress) return { order: 'reload_when_added' };
  return { order: 'reload_with_switch' };
}

export const migrationWarning = (alias: string) =>
  `${alias} is in use in the certificate model: this step reloads the nodes' secure settings (loading the key) and points ${alias} at the remote cluster server in two requests sent back to back. Between them, searches through ${alias} can fail (or be skipped with skip_unavailable): the transport port refuses API key credentials, and the remote cluster server refuses a connection without them. Pause persistent cross-cluster tasks (transforms, auto-follow) first.`;

export const migrationKeystoreNote = (alias: string) =>
  `${alias} is in use in the certificate model: add the key, but do not reload secure settings and do not restart a node. A node that loads the key dials ${alias} with the API key model, which the transport port refuses. The step "Configure the remote cluster" loads it and switches the address at once.`;
