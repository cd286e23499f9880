import type { ObjectStore } from '../kubernetes/object_store';
import { KUBE } from './kube_types';

/**
 * Kubernetes' garbage collector, for what the operator owns: once the Elasticsearch resource is
 * gone, every object whose ownerReference names it goes too. Objects without one (the public
 * transport CA Secret, the `elastic` user Secret, a Service the admin created) stay behind.
 */
export function collectGarbage(store: ObjectStore, namespace: string, ownerUid: string): void {
  for (const type of [KUBE.services, KUBE.secrets, KUBE.pods]) {
    for (const object of store.list(type, namespace, [])) {
      const owners = (object.metadata.ownerReferences as Array<{ uid: string }> | undefined) ?? [];
      if (owners.some((owner) => owner.uid === ownerUid)) store.delete(type, namespace, object.metadata.name);
    }
  }
}
