/**
 * Strategic merge patch for the built-in types the sandbox serves. Like a merge patch, except
 * that the lists Kubernetes marks `patchStrategy: merge` merge: by their `patchMergeKey` for lists
 * of objects, as a union for lists of strings. Supports the directives clients send: `$patch`
 * (`replace`, `delete`) in maps and list items, `$deleteFromPrimitiveList/<field>`, `$retainKeys`,
 * and `$setElementOrder/<field>` (accepted; the order it asks for is not applied).
 */
type Json = unknown;
type JsonObject = Record<string, Json>;

/** `patchMergeKey` of the merging lists of the served kinds, by path (`[]` for list items); `''` for sets. */
export type MergeKeys = Record<string, string>;

const METADATA_MERGE_KEYS: MergeKeys = { 'metadata.finalizers': '', 'metadata.ownerReferences': 'uid' };

export const STRATEGIC_MERGE_KEYS: Record<string, MergeKeys> = {
  Namespace: METADATA_MERGE_KEYS,
  ConfigMap: METADATA_MERGE_KEYS,
  Secret: METADATA_MERGE_KEYS,
  Service: { ...METADATA_MERGE_KEYS, 'spec.ports': 'port' },
  Pod: {
    ...METADATA_MERGE_KEYS,
    'spec.containers': 'name',
    'spec.initContainers': 'name',
    'spec.volumes': 'name',
    'spec.containers[].ports': 'containerPort',
    'spec.containers[].env': 'name',
    'spec.containers[].volumeMounts': 'mountPath',
    'status.conditions': 'type',
  },
};

const isObject = (value: Json): value is JsonObject =>
  value !== null && typeof value === 'object' && !Array.isArray(value);
const child = (path: string, key: string) => (path ? `${path}.${key}` : key);

function mergeList(current: Json, patch: Json[], mergeKey: string, path: string, keys: MergeKeys): Json[] {
  const base = Array.isArray(current) ? [...current] : [];
  if (mergeKey === '') return [...base, ...patch.filter((item) => !base.includes(item))];
  if (patch.some((item) => isObject(item) && item.$patch === 'replace')) {
    return patch.filter((item) => !(isObject(item) && item.$patch === 'replace'));
  }
  for (const item of patch) {
    if (!isObject(item)) continue;
    const index = base.findIndex((existing) => isObject(existing) && existing[mergeKey] === item[mergeKey]);
    if (item.$patch === 'delete') {
      if (index >= 0) base.splice(index, 1);
    } else if (index >= 0) {
      base[index] = mergeObject(base[index], item, `${path}[]`, keys);
    } else {
      base.push(mergeObject(undefined, item, `${path}[]`, keys));
    }
  }
  return base;
}

function mergeObject(current: Json, patch: JsonObject, path: string, keys: MergeKeys): JsonObject {
  if (patch.$patch === 'replace') {
    const replacement = { ...patch };
    delete replacement.$patch;
    return replacement;
  }
  const result: JsonObject = isObject(current) ? { ...current } : {};
  if (Array.isArray(patch.$retainKeys)) {
    for (const key of Object.keys(result)) if (!patch.$retainKeys.includes(key)) delete result[key];
  }
  for (const [key, value] of Object.entries(patch)) {
    if (key === '$patch' || key === '$retainKeys' || key.startsWith('$setElementOrder/')) continue;
    if (key.startsWith('$deleteFromPrimitiveList/')) {
      const field = key.slice('$deleteFromPrimitiveList/'.length);
      const list = Array.isArray(result[field]) ? (result[field] as Json[]) : [];
      result[field] = list.filter((item) => !(value as Json[]).includes(item));
      continue;
    }
    const path_ = child(path, key);
    if (value === null) delete result[key];
    else if (isObject(value) && value.$patch === 'delete') delete result[key];
    else if (isObject(value)) result[key] = mergeObject(result[key], value, path_, keys);
    else if (Array.isArray(value) && path_ in keys)
      result[key] = mergeList(result[key], value, keys[path_], path_, keys);
    else result[key] = value;
  }
  return result;
}

/** Applies a strategic merge patch to an object of a kind listed in STRATEGIC_MERGE_KEYS. */
export function applyStrategicMergePatch(target: JsonObject, patch: JsonObject, keys: MergeKeys): JsonObject {
  return mergeObject(target, patch, '', keys);
}
