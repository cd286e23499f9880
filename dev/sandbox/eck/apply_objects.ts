import type { KubeObject, ObjectStore } from '../kubernetes/object_store';
import type { ResourceType } from '../kubernetes/resource_types';

/** JSON with sorted keys: two objects are the same whatever order their keys were written in. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_, item) =>
    item && typeof item === 'object' && !Array.isArray(item)
      ? Object.fromEntries(Object.entries(item).sort(([a], [b]) => a.localeCompare(b)))
      : item,
  );
}

const describe = (type: ResourceType, object: KubeObject) =>
  `${type.kind} ${object.metadata.namespace}/${object.metadata.name}`;

/**
 * Creates the object, or brings the fields the operator owns in line: every top-level field it
 * sets (spec, data, type) wholesale, labels and annotations key by key (others' keys stay, as in
 * ECK's reconciler), ownerReferences. Writes nothing when they already match; returns what changed.
 */
export function applyObject(store: ObjectStore, type: ResourceType, desired: KubeObject): string | undefined {
  const { namespace, name } = desired.metadata;
  const current = store.get(type, namespace, name);
  if (!current) {
    const created = store.create(type, desired);
    return created.ok ? `created ${describe(type, desired)}` : undefined;
  }
  const { metadata } = desired;
  const fields = Object.fromEntries(Object.entries(desired).filter(([key]) => key !== 'metadata' && key !== 'status'));
  const next: KubeObject = {
    ...current,
    ...fields,
    metadata: {
      ...current.metadata,
      labels: { ...current.metadata.labels, ...metadata.labels },
      ...(metadata.annotations || current.metadata.annotations
        ? { annotations: { ...current.metadata.annotations, ...metadata.annotations } }
        : {}),
      ...(metadata.ownerReferences ? { ownerReferences: metadata.ownerReferences } : {}),
    },
  };
  if (canonicalJson(next) === canonicalJson(current)) return undefined;
  const replaced = store.replace(type, next, { statusOnly: false });
  return replaced.ok ? `updated ${describe(type, desired)}` : undefined;
}

/** Writes `status` through the status subresource, only when it differs. */
export function applyStatus(
  store: ObjectStore,
  type: ResourceType,
  current: KubeObject,
  status: unknown,
): string | undefined {
  if (canonicalJson(current.status) === canonicalJson(status)) return undefined;
  const replaced = store.replace(type, { ...current, status }, { statusOnly: true });
  return replaced.ok ? `updated ${describe(type, current)} status` : undefined;
}

export function deleteObject(
  store: ObjectStore,
  type: ResourceType,
  namespace: string,
  name: string,
): string | undefined {
  const deleted = store.delete(type, namespace, name);
  return deleted.ok ? `deleted ${type.kind} ${namespace}/${name}` : undefined;
}
