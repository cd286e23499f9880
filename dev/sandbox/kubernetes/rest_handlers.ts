import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ApiPath } from './api_path';
import { applyPatch, patchTypeProblem } from './apply_patch';
import { invalidField } from './field_errors';
import { isStatus, mediaTypeOf, readBody, readObjectBody, sendJson, sendStatus } from './http_io';
import {
  alreadyExists,
  badRequest,
  conflict,
  invalid,
  methodNotAllowed,
  notFound,
  type KubernetesStatus,
} from './kubernetes_status';
import { parseLabelSelector } from './label_selector';
import { decodeObject, prepareCreate, prepareUpdate, type PreparationContext } from './object_preparation';
import type { KubeObject } from './object_store';
import { rulesFor } from './resource_rules';
import { apiVersionOf, type ResourceType } from './resource_types';
import { decodeSecret } from './secret_strategy';
import { serveWatch } from './watch_stream';

export interface ResourceCall {
  verb: string;
  type: ResourceType;
  path: ApiPath;
  url: URL;
  request: IncomingMessage;
  response: ServerResponse;
}

/** The HTTP status answered, whether the store changed, and the object's name when the URL lacks it (create). */
export interface CallOutcome {
  code: number;
  changed: boolean;
  name?: string;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** The kind checks of the decoder: built-in kinds must not name another kind, custom resources must name theirs. */
function checkKind(type: ResourceType, body: unknown, text: string): KubernetesStatus | undefined {
  if (!isObject(body)) return badRequest('the object provided is not a JSON object');
  const kind = body.kind;
  if (rulesFor(type).builtIn) {
    if (!kind || kind === type.kind) return undefined;
    return badRequest(
      `${kind} in version "${type.version}" cannot be handled as a ${type.kind}: converting (${type.version}.${kind}) to (core.${type.kind}): unknown conversion`,
    );
  }
  if (!kind) {
    return badRequest(
      `the object provided is unrecognized (must be of type ${type.kind}): Object 'Kind' is missing in '${text}' (${text.slice(0, 30)} ...)`,
    );
  }
  if (kind === type.kind) return undefined;
  const name = String((body.metadata as { name?: unknown } | undefined)?.name ?? '');
  return invalid({ group: type.group, kind: String(kind) }, name, [invalidField('kind', kind, `must be ${type.kind}`)]);
}

/** `metadata.namespace` of a body must be the request's, when it says one. */
function withRequestNamespace(type: ResourceType, body: KubeObject, namespace: string | undefined) {
  const metadata = { ...(isObject(body.metadata) ? body.metadata : {}) } as KubeObject['metadata'];
  if (!type.namespaced) delete metadata.namespace;
  else if (metadata.namespace && metadata.namespace !== namespace) {
    return badRequest('the namespace of the provided object does not match the namespace sent on the request');
  } else metadata.namespace = namespace;
  return { ...body, metadata };
}

export function createRestHandlers(context: PreparationContext) {
  const { store } = context;

  function decode(call: ResourceCall, body: KubeObject) {
    const { kind, version } = call.type;
    const cannotHandle = (reason: string) =>
      badRequest(`${kind} in version "${version}" cannot be handled as a ${kind}: ${reason}`);
    const decoded = decodeObject(context, call.type, body);
    const { unknownFields } = decoded;
    const object = kind === 'Secret' ? decodeSecret(decoded.object) : decoded.object;
    if (typeof object === 'string') return cannotHandle(object);
    const validation = call.url.searchParams.get('fieldValidation') ?? 'Warn';
    if (validation === 'Strict' && unknownFields.length > 0) {
      const fields = unknownFields.map((field) => `unknown field "${field}"`).join(', ');
      return cannotHandle(`strict decoding error: ${fields}`);
    }
    return {
      object,
      warnings: validation === 'Ignore' ? [] : unknownFields.map((field) => `unknown field "${field}"`),
    };
  }

  /** Decodes, prepares and stores a new or updated object; the shared tail of create, update and patch. */
  function write(call: ResourceCall, body: KubeObject, current: KubeObject | undefined): CallOutcome {
    const { type, path, response } = call;
    const name = body.metadata.name;
    const done = (status: KubernetesStatus) => ({ code: sendStatus(response, status), changed: false, name });
    const decoded = decode(call, body);
    if (isStatus(decoded)) return done(decoded);
    // `dryRun=All`: everything a write does (decoding, pruning, defaulting, validation) except storing.
    const dryRun = call.url.searchParams.get('dryRun') === 'All';
    if (!current) {
      const prepared = prepareCreate(context, type, decoded.object);
      if (!prepared.ok) return done(prepared.status);
      if (dryRun) return { code: sendJson(response, 201, prepared.object, decoded.warnings), changed: false, name };
      const created = store.create(type, prepared.object);
      if (!created.ok) return done(alreadyExists(type, prepared.object.metadata.name));
      const code = sendJson(response, 201, created.value, decoded.warnings);
      return { code, changed: true, name: created.value.metadata.name };
    }
    const prepared = prepareUpdate(context, type, decoded.object, current, path.subresource);
    if (!prepared.ok) return done(prepared.status);
    if (dryRun) return { code: sendJson(response, 200, prepared.object, decoded.warnings), changed: false };
    const updated = store.update(type, prepared.object);
    if (!updated.ok)
      return done(updated.reason === 'Conflict' ? conflict(type, path.name!) : notFound(type, path.name!));
    return { code: sendJson(response, 200, updated.value.object, decoded.warnings), changed: updated.value.changed };
  }

  async function readObject(call: ResourceCall): Promise<KubeObject | KubernetesStatus> {
    const body = await readObjectBody(call.request);
    if (isStatus(body)) return body;
    return (
      checkKind(call.type, body.value, body.text) ??
      withRequestNamespace(call.type, body.value as KubeObject, call.path.namespace)
    );
  }

  return async function serve(call: ResourceCall): Promise<CallOutcome> {
    const { verb, type, path, url, response } = call;
    const namespace = type.namespaced ? path.namespace : undefined;
    const answer = (status: KubernetesStatus) => ({ code: sendStatus(response, status), changed: false });
    const ok = (body: unknown) => ({ code: sendJson(response, 200, body), changed: false });
    switch (verb) {
      case 'watch': {
        const selector = parseLabelSelector(url.searchParams.get('labelSelector') ?? undefined);
        const timeoutSeconds = Number(url.searchParams.get('timeoutSeconds') ?? 0) || undefined;
        const resourceVersion = url.searchParams.get('resourceVersion') ?? undefined;
        serveWatch(store, { type, namespace, selector, resourceVersion, timeoutSeconds }, response);
        return { code: 200, changed: false };
      }
      case 'list': {
        const selector = parseLabelSelector(url.searchParams.get('labelSelector') ?? undefined);
        return ok({
          apiVersion: apiVersionOf(type),
          kind: `${type.kind}List`,
          metadata: { resourceVersion: store.resourceVersion },
          items: store.list(type, namespace, selector),
        });
      }
      case 'get': {
        const found = store.get(type, namespace, path.name!);
        return found ? ok(found) : answer(notFound(type, path.name!));
      }
      case 'create': {
        const body = await readObject(call);
        return isStatus(body) ? answer(body) : write(call, body, undefined);
      }
      case 'update': {
        const body = await readObject(call);
        if (isStatus(body)) return answer(body);
        if (body.metadata.name && body.metadata.name !== path.name) {
          return answer(
            badRequest(
              `the name of the object (${body.metadata.name}) does not match the name on the URL (${path.name})`,
            ),
          );
        }
        const current = store.get(type, namespace, path.name!);
        if (!current) return answer(notFound(type, path.name!));
        const expected = body.metadata.resourceVersion;
        if (!expected && !rulesFor(type).builtIn) {
          const causes = [invalidField('metadata.resourceVersion', 0, 'must be specified for an update')];
          return answer(invalid({ group: type.group, kind: type.plural }, path.name!, causes));
        }
        if (expected && expected !== current.metadata.resourceVersion) return answer(conflict(type, path.name!));
        return write(call, body, current);
      }
      case 'patch': {
        const mediaType = mediaTypeOf(call.request);
        const problem = patchTypeProblem(type, mediaType);
        if (problem) return answer(problem);
        const text = await readBody(call.request);
        const current = store.get(type, namespace, path.name!);
        if (!current) return answer(notFound(type, path.name!));
        const patched = applyPatch(type, mediaType, current, text);
        if (!patched.ok) return answer(patched.status);
        const expected = patched.object.metadata?.resourceVersion;
        if (expected && expected !== current.metadata.resourceVersion) return answer(conflict(type, path.name!));
        return write(call, patched.object, current);
      }
      case 'delete': {
        const deleted = store.delete(type, namespace, path.name!);
        if (!deleted.ok) return answer(notFound(type, path.name!));
        const { uid } = deleted.value.metadata;
        const body = rulesFor(type).builtIn
          ? deleted.value
          : {
              kind: 'Status',
              apiVersion: 'v1',
              metadata: {},
              status: 'Success',
              details: { name: path.name, group: type.group, kind: type.plural, uid },
            };
        return { code: sendJson(response, 200, body), changed: true };
      }
      default:
        return answer(methodNotAllowed());
    }
  };
}
