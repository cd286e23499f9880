/**
 * JSON patch (RFC 6902) as kube-apiserver applies it, with gopkg.in/evanphx/json-patch.v4's
 * leniencies, which clients can observe and which were checked against a real kube-apiserver:
 * `replace` of a missing object member adds it, `test` of a missing member against `null` passes,
 * an `add` without `value` adds `null`, a negative array index counts from the end, and only what
 * follows the first `/` of a path is read. The patch applies atomically: any failing operation
 * leaves the document as it was.
 */
export class JsonPatchError extends Error {}

/** The patch body does not decode as a list of operations (400 rather than 422). */
export class JsonPatchDecodeError extends Error {}

type Json = unknown;
type Container = Record<string, Json> | Json[];

interface Operation {
  op?: unknown;
  path?: unknown;
  from?: unknown;
  value?: unknown;
}

const isObject = (value: Json): value is Record<string, Json> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);
const isContainer = (value: Json): value is Container => value !== null && typeof value === 'object';
const decodeKey = (key: string) => key.replace(/~1/g, '/').replace(/~0/g, '~');

/** Go's name for a JSON value's type, as encoding/json puts it in an unmarshal error. */
const goJsonType = (value: Json) =>
  Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value === 'object' ? 'object' : typeof value;

export function decodeJsonPatch(body: Json): Operation[] {
  if (!Array.isArray(body) || body.some((op) => !isObject(op))) {
    const offending = Array.isArray(body) ? body.find((op) => !isObject(op)) : body;
    const type = goJsonType(offending) === 'boolean' ? 'bool' : goJsonType(offending);
    const target = Array.isArray(body) ? 'handlers.jsonPatchOp' : '[]handlers.jsonPatchOp';
    throw new JsonPatchDecodeError(`json: cannot unmarshal ${type} into Go value of type ${target}`);
  }
  return body as Operation[];
}

function arrayIndex(key: string, length: number, allowEnd: boolean): number {
  if (!/^-?\d+$/.test(key)) throw new JsonPatchError(`value was not a proper array index: '${key}'`);
  let index = Number(key);
  if (index < 0) index += length + (allowEnd ? 1 : 0);
  if (index < 0 || index > length || (!allowEnd && index === length)) {
    throw new JsonPatchError(`Unable to access invalid index: ${key}`);
  }
  return index;
}

/** The container holding the last segment of `path`, and that segment (decoded). */
function locate(document: Json, path: unknown): { container: Container; key: string } {
  const segments = typeof path === 'string' ? path.split('/') : [];
  if (segments.length < 2) throw new JsonPatchError(`doc is missing path: "${String(path ?? '')}"`);
  let current = document;
  for (const segment of segments.slice(1, -1)) {
    const key = decodeKey(segment);
    const next = Array.isArray(current)
      ? current[arrayIndex(key, current.length, false)]
      : isObject(current)
        ? current[key]
        : undefined;
    if (!isContainer(next ?? null)) throw new JsonPatchError(`doc is missing path: "${path}"`);
    current = next;
  }
  if (!isContainer(current)) throw new JsonPatchError(`doc is missing path: "${path}"`);
  return { container: current, key: decodeKey(segments[segments.length - 1]) };
}

function read({ container, key }: { container: Container; key: string }): Json {
  if (Array.isArray(container)) return container[arrayIndex(key, container.length, false)];
  return container[key];
}

function add({ container, key }: { container: Container; key: string }, value: Json) {
  if (!Array.isArray(container)) container[key] = value;
  else if (key === '-') container.push(value);
  else container.splice(arrayIndex(key, container.length, true), 0, value);
}

function remove({ container, key }: { container: Container; key: string }): Json {
  if (Array.isArray(container)) return container.splice(arrayIndex(key, container.length, false), 1)[0];
  if (!(key in container)) throw new JsonPatchError(`Unable to remove nonexistent key: ${key}: missing value`);
  const value = container[key];
  delete container[key];
  return value;
}

function replace(target: { container: Container; key: string }, value: Json) {
  if (Array.isArray(target.container)) target.container[arrayIndex(target.key, target.container.length, false)] = value;
  else target.container[target.key] = value;
}

const equal = (a: Json, b: Json): boolean => JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
function canonical(value: Json): Json {
  if (Array.isArray(value)) return value.map(canonical);
  if (!isObject(value)) return value;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((key) => [key, canonical(value[key])]),
  );
}

function applyOperation(document: Json, operation: Operation): void {
  const value = operation.value === undefined ? null : structuredClone(operation.value);
  switch (operation.op) {
    case 'add':
      return add(locate(document, operation.path), value);
    case 'remove':
      remove(locate(document, operation.path));
      return;
    case 'replace':
      return replace(locate(document, operation.path), value);
    case 'move': {
      const moved = remove(locate(document, operation.from));
      return add(locate(document, operation.path), moved);
    }
    case 'copy': {
      const copied = structuredClone(read(locate(document, operation.from)) ?? null);
      return add(locate(document, operation.path), copied);
    }
    case 'test': {
      const actual = read(locate(document, operation.path)) ?? null;
      if (!equal(actual, value)) throw new JsonPatchError(`testing value ${operation.path} failed: test failed`);
      return;
    }
    default:
      throw new JsonPatchError(`Unexpected kind: ${String(operation.op)}`);
  }
}

/** Applies the operations to a copy of `document`; throws JsonPatchError, and changes nothing, if one fails. */
export function applyJsonPatch<T>(document: T, operations: Operation[]): T {
  const result = structuredClone(document);
  for (const operation of operations) applyOperation(result, operation);
  return result;
}
