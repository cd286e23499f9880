import { applyJsonPatch, decodeJsonPatch, JsonPatchDecodeError, JsonPatchError } from './json_patch';
import {
  badRequest,
  patchNotApplicable,
  unsupportedMediaType,
  unsupportedPatchType,
  type KubernetesStatus,
} from './kubernetes_status';
import { applyMergePatch } from './merge_patch';
import type { KubeObject } from './object_store';
import { patchTypesFor, rulesFor } from './resource_rules';
import type { ResourceType } from './resource_types';
import { applyStrategicMergePatch, STRATEGIC_MERGE_KEYS } from './strategic_merge_patch';

export type PatchOutcome = { ok: true; object: KubeObject } | { ok: false; status: KubernetesStatus };

const failed = (status: KubernetesStatus): PatchOutcome => ({ ok: false, status });
const isObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

function parse(text: string): { value: unknown } | { error: string } {
  try {
    return { value: JSON.parse(text) };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

const PATCH_TYPES = [
  'application/json-patch+json',
  'application/merge-patch+json',
  'application/strategic-merge-patch+json',
];

/**
 * PATCH bodies by Content-Type, answered as kube-apiserver 1.34 does (checked against one): 415
 * with no list for a media type that is no patch type (and for
 * server-side apply, which the sandbox does not implement), 415 listing the accepted types for a
 * strategic merge patch of a custom resource, 400 for a body that does not decode, and 422 with
 * the generic message for a JSON patch that does not apply.
 */
export function patchTypeProblem(type: ResourceType, mediaType: string): KubernetesStatus | undefined {
  if (!PATCH_TYPES.includes(mediaType)) return unsupportedPatchType();
  if (mediaType === 'application/strategic-merge-patch+json' && !rulesFor(type).builtIn) {
    return unsupportedMediaType(patchTypesFor(type));
  }
  return undefined;
}

/** Applies a PATCH body whose media type passed patchTypeProblem. */
export function applyPatch(type: ResourceType, mediaType: string, current: KubeObject, text: string): PatchOutcome {
  const parsed = parse(text);
  if ('error' in parsed) return failed(badRequest(`error decoding patch: ${parsed.error}`));
  const patch = parsed.value;

  if (mediaType === 'application/json-patch+json') {
    try {
      return { ok: true, object: applyJsonPatch(current, decodeJsonPatch(patch)) };
    } catch (error) {
      if (error instanceof JsonPatchDecodeError) return failed(badRequest(`error decoding patch: ${error.message}`));
      if (error instanceof JsonPatchError) return failed(patchNotApplicable());
      throw error;
    }
  }
  if (!isObject(patch)) return failed(badRequest('error decoding patch: the patch is not a JSON object'));
  const object =
    mediaType === 'application/merge-patch+json'
      ? applyMergePatch(current, patch)
      : applyStrategicMergePatch(current, patch, STRATEGIC_MERGE_KEYS[type.kind] ?? {});
  return { ok: true, object: object as KubeObject };
}
