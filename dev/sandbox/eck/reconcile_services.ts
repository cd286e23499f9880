import type { V1ServicePort, V1ServiceSpec } from '@kubernetes/client-node';
import type { KubeObject } from '../kubernetes/object_store';
import { applyObject, deleteObject } from './apply_objects';
import { desiredServices } from './desired_services';
import { KUBE } from './kube_types';
import { recordChange, type ReconcileContext } from './reconcile_context';

const samePort = (a: V1ServicePort, b: V1ServicePort) =>
  a.port === b.port && (a.protocol ?? 'TCP') === (b.protocol ?? 'TCP');

/**
 * Keeps what the API server assigned (cluster IP, node ports), as ECK's `applyServerSideValues`
 * does, so that the operator and the API server do not undo each other.
 */
function withServerSideValues(desired: KubeObject, current: KubeObject | undefined): KubeObject {
  const spec = desired.spec as V1ServiceSpec;
  const assigned = current?.spec as V1ServiceSpec | undefined;
  if (!assigned || (assigned.type ?? 'ClusterIP') !== spec.type) return desired;
  return {
    ...desired,
    spec: {
      ...spec,
      ...(spec.clusterIP === undefined && assigned.clusterIP ? { clusterIP: assigned.clusterIP } : {}),
      ports: (spec.ports ?? []).map((port) => {
        const nodePort =
          port.nodePort ?? (assigned.ports ?? []).find((candidate) => samePort(candidate, port))?.nodePort;
        return nodePort ? { ...port, nodePort } : port;
      }),
    },
  };
}

/** ECK's Services, and the remote cluster Service deleted while the server is disabled. */
export function reconcileServices(context: ReconcileContext): void {
  const { store } = context.env;
  const { namespace } = context.es.metadata;
  const { apply, remove } = desiredServices(context.es, context.operator);
  for (const service of apply) {
    const current = store.get(KUBE.services, namespace, service.metadata.name);
    recordChange(context, applyObject(store, KUBE.services, withServerSideValues(service, current)));
  }
  for (const name of remove) {
    if (store.get(KUBE.services, namespace, name))
      recordChange(context, deleteObject(store, KUBE.services, namespace, name));
  }
}
