import {
  duplicateField,
  invalidField,
  notSupportedField,
  requiredField,
  tooLongField,
  typeInvalidField,
  type FieldError,
} from './field_errors';

/**
 * The part of a CRD's structural schema (OpenAPI v3 with Kubernetes extensions) that decides what
 * a custom resource keeps and what is rejected: types, `properties`, `additionalProperties`,
 * `x-kubernetes-preserve-unknown-fields`, `x-kubernetes-int-or-string`, defaults, and the
 * validations ECK's CRD uses (required, enum, minItems, minLength, maxLength, pattern, list-map keys).
 */
export type StructuralSchema =
  | { type: 'string'; enum?: string[]; default?: string; minLength?: number; maxLength?: number; pattern?: string }
  | { type: 'integer' | 'number' | 'boolean' }
  | { type: 'intOrString'; pattern?: string }
  | {
      type: 'object';
      properties?: Record<string, StructuralSchema>;
      additionalProperties?: StructuralSchema;
      preserveUnknownFields?: boolean;
      required?: string[];
    }
  | { type: 'array'; items: StructuralSchema; minItems?: number; listMapKeys?: string[] };

type Json = unknown;
type JsonObject = Record<string, Json>;

const isObject = (value: Json): value is JsonObject =>
  value !== null && typeof value === 'object' && !Array.isArray(value);
const child = (path: string, key: string) => (path ? `${path}.${key}` : key);

/**
 * Drops what the schema does not know, as the API server's decoder does for custom resources:
 * unknown fields (listed for the `Warning: unknown field` headers, sorted as the server sends
 * them) and `null` values of non-nullable fields (silently). Values of the wrong type are kept
 * for validation to reject.
 */
export function prune(schema: StructuralSchema, value: Json, path = ''): { value: Json; unknownFields: string[] } {
  const unknownFields: string[] = [];
  const walk = (node: StructuralSchema, current: Json, at: string): Json => {
    if (node.type === 'array' && Array.isArray(current)) {
      return current.map((item, index) => walk(node.items, item, `${at}[${index}]`));
    }
    if (!isObject(current) || (node.type !== 'object' && node.type !== 'array')) return current;
    if (node.type === 'object' && node.preserveUnknownFields && !node.properties) return current;
    const result: JsonObject = {};
    for (const [key, fieldValue] of Object.entries(current)) {
      const fieldSchema = node.type === 'object' ? (node.properties?.[key] ?? node.additionalProperties) : undefined;
      if (!fieldSchema) {
        if (node.type === 'object' && node.preserveUnknownFields) result[key] = fieldValue;
        else unknownFields.push(child(at, key));
      } else if (fieldValue !== null) {
        result[key] = walk(fieldSchema, fieldValue, child(at, key));
      }
    }
    return result;
  };
  const pruned = walk(schema, value, path);
  return { value: pruned, unknownFields: unknownFields.sort() };
}

/** Fills `default`s of absent fields, as structural defaulting does after pruning. */
export function applyDefaults(schema: StructuralSchema, value: Json): Json {
  if (schema.type === 'array' && Array.isArray(value)) return value.map((item) => applyDefaults(schema.items, item));
  if (schema.type !== 'object' || !isObject(value)) return value;
  const result: JsonObject = { ...value };
  for (const [key, fieldSchema] of Object.entries(schema.properties ?? {})) {
    if (result[key] === undefined && 'default' in fieldSchema && fieldSchema.default !== undefined) {
      result[key] = fieldSchema.default;
    } else if (result[key] !== undefined) {
      result[key] = applyDefaults(fieldSchema, result[key]);
    }
  }
  return result;
}

/** The type name the OpenAPI validator reports for a JSON value. */
function jsonType(value: Json): string {
  if (Array.isArray(value)) return 'array';
  if (value === null) return 'null';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

function hasType(schema: StructuralSchema, value: Json): boolean {
  const actual = jsonType(value);
  if (schema.type === 'intOrString') return actual === 'integer' || actual === 'string';
  if (schema.type === 'number') return actual === 'integer' || actual === 'number';
  return actual === schema.type;
}

/** Checks a (pruned, defaulted) value against the schema; one FieldError per problem. */
export function validate(schema: StructuralSchema, value: Json, path: string): FieldError[] {
  if (!hasType(schema, value)) {
    const expected = schema.type === 'intOrString' ? 'integer,string' : schema.type;
    return [typeInvalidField(path, jsonType(value), expected)];
  }
  switch (schema.type) {
    case 'string':
      return validateString(schema, value as string, path);
    case 'intOrString':
      return typeof value === 'string' ? validateString(schema, value, path) : [];
    case 'array':
      return validateArray(schema, value as Json[], path);
    case 'object': {
      const object = value as JsonObject;
      const errors = (schema.required ?? [])
        .filter((key) => object[key] === undefined)
        .map((key) => requiredField(child(path, key)));
      for (const [key, fieldValue] of Object.entries(object)) {
        const fieldSchema = schema.properties?.[key] ?? schema.additionalProperties;
        if (fieldSchema) errors.push(...validate(fieldSchema, fieldValue, child(path, key)));
      }
      return errors;
    }
    default:
      return [];
  }
}

function validateString(
  schema: Extract<StructuralSchema, { type: 'string' } | { type: 'intOrString' }>,
  value: string,
  path: string,
) {
  if (schema.type === 'intOrString') return matchesPattern(schema.pattern, value, path);
  if (schema.enum && !schema.enum.includes(value)) return [notSupportedField(path, value, schema.enum)];
  if (schema.maxLength !== undefined && value.length > schema.maxLength) return [tooLongField(path, schema.maxLength)];
  if (schema.minLength !== undefined && value.length < schema.minLength) {
    return [invalidField(path, value, `${path} in body should be at least ${schema.minLength} chars long`)];
  }
  return matchesPattern(schema.pattern, value, path);
}

// OpenAPI patterns are not anchored: a CRD that wants a whole-value match writes ^...$.
function matchesPattern(pattern: string | undefined, value: string, path: string): FieldError[] {
  if (!pattern || new RegExp(pattern).test(value)) return [];
  return [invalidField(path, value, `${path} in body should match '${pattern}'`)];
}

function validateArray(schema: Extract<StructuralSchema, { type: 'array' }>, items: Json[], path: string) {
  const errors: FieldError[] = [];
  if (schema.minItems !== undefined && items.length < schema.minItems) {
    errors.push(invalidField(path, items.length, `${path} in body should have at least ${schema.minItems} items`));
  }
  items.forEach((item, index) => errors.push(...validate(schema.items, item, `${path}[${index}]`)));
  if (schema.listMapKeys) {
    const seen = new Set<string>();
    items.forEach((item, index) => {
      if (!isObject(item)) return;
      const key = Object.fromEntries(schema.listMapKeys!.map((name) => [name, item[name]]));
      const text = JSON.stringify(key);
      if (seen.has(text)) errors.push(duplicateField(`${path}[${index}]`, key));
      seen.add(text);
    });
  }
  return errors;
}
