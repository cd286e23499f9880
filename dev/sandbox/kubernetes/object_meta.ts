import type { KubeObject } from './object_store';

/** The fields of ObjectMeta; the API server drops any other field of `metadata`, with a warning. */
const OBJECT_META_FIELDS = new Set([
  'name',
  'generateName',
  'namespace',
  'selfLink',
  'uid',
  'resourceVersion',
  'generation',
  'creationTimestamp',
  'deletionTimestamp',
  'deletionGracePeriodSeconds',
  'labels',
  'annotations',
  'ownerReferences',
  'finalizers',
  'managedFields',
]);

/** Fields only the server sets: what a client sends for them on create is replaced. */
const SYSTEM_FIELDS = ['uid', 'resourceVersion', 'generation', 'creationTimestamp', 'deletionTimestamp'] as const;

/** `metadata` without unknown fields, and the `metadata.<field>` paths that were dropped. */
export function pruneObjectMeta(metadata: Record<string, unknown>): {
  metadata: KubeObject['metadata'];
  unknownFields: string[];
} {
  const kept: Record<string, unknown> = {};
  const unknownFields: string[] = [];
  for (const [key, value] of Object.entries(metadata)) {
    if (!OBJECT_META_FIELDS.has(key)) unknownFields.push(`metadata.${key}`);
    else if (value !== null) kept[key] = value;
  }
  return { metadata: kept as KubeObject['metadata'], unknownFields: unknownFields.sort() };
}

/** Metadata as a create stores it: without what only the server may set (the store sets it). */
export function metadataForCreate(metadata: KubeObject['metadata']): KubeObject['metadata'] {
  const result = { ...metadata };
  for (const field of SYSTEM_FIELDS) delete result[field];
  return result;
}

/** On update the server keeps its own values of the fields only it sets, whatever the client sent. */
export function metadataForUpdate(next: KubeObject['metadata'], current: KubeObject['metadata']) {
  const result: Record<string, unknown> = { ...next, name: current.name };
  if (current.namespace) result.namespace = current.namespace;
  for (const field of SYSTEM_FIELDS) {
    if (current[field] === undefined) delete result[field];
    else result[field] = current[field];
  }
  return result as KubeObject['metadata'];
}
