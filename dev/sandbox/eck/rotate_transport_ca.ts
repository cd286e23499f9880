import type { ObjectStore } from '../kubernetes/object_store';
import { renewCertificateAuthority } from '../tls/certificate_authority_renewal';
import { secretData, secretNames, secretValue } from './desired_secrets';
import { KUBE } from './kube_types';

/**
 * Renews a cluster's transport CA in `<es>-es-transport-ca-internal`, where ECK keeps it; the
 * reconcile that follows reissues every node certificate and updates the public Secret and the
 * listeners. `keepKey` is ECK's own renewal since 2.0 (same key, subject and SubjectKeyId, new
 * serial and dates); without it, a full re-key such as deleting the Secret would cause.
 */
export async function renewTransportCaSecret(
  store: ObjectStore,
  namespace: string,
  name: string,
  keepKey: boolean,
  validityDays?: number,
) {
  const secret = store.get(KUBE.secrets, namespace, secretNames(name).transportCaInternal);
  const certificatePem = secretValue(secret, 'ca.crt');
  const privateKeyPem = secretValue(secret, 'ca.key');
  if (!secret || !certificatePem || !privateKeyPem) {
    throw new Error(`${namespace}/${name} has no transport CA yet: the operator has not reconciled it`);
  }
  const renewed = await renewCertificateAuthority({ certificatePem, privateKeyPem }, { keepKey, validityDays });
  const data = secretData({ 'ca.crt': renewed.certificatePem, 'ca.key': renewed.privateKeyPem });
  const written = store.replace(KUBE.secrets, { ...secret, data }, { statusOnly: false });
  if (!written.ok) throw new Error(`Could not write the renewed CA of ${namespace}/${name}: ${written.reason}`);
}
