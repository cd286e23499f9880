/**
 * Field errors as k8s.io/apimachinery's field.Error prints them: `<field>: <message>`, where an
 * invalid value is printed the way Go's %#v-ish formatting in that package does (strings quoted).
 */
export type FieldErrorReason =
  | 'FieldValueInvalid'
  | 'FieldValueRequired'
  | 'FieldValueTypeInvalid'
  | 'FieldValueNotSupported'
  | 'FieldValueTooLong'
  | 'FieldValueDuplicate';

export interface FieldError {
  reason: FieldErrorReason;
  field: string;
  /** Without the field, as in a Status cause. */
  message: string;
}

/** How field.Error renders a value: strings quoted, objects as JSON, numbers and booleans bare. */
export function goValue(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (value !== null && typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

export const invalidField = (field: string, value: unknown, detail: string): FieldError => ({
  reason: 'FieldValueInvalid',
  field,
  message: `Invalid value: ${goValue(value)}: ${detail}`,
});

export const requiredField = (field: string, detail?: string): FieldError => ({
  reason: 'FieldValueRequired',
  field,
  message: detail ? `Required value: ${detail}` : 'Required value',
});

/** The type name is what the OpenAPI validator reports: "string", "integer", "number", "object"... */
export const typeInvalidField = (field: string, actual: string, expected: string): FieldError => ({
  reason: 'FieldValueTypeInvalid',
  field,
  message: `Invalid value: "${actual}": ${field} in body must be of type ${expected}: "${actual}"`,
});

export const notSupportedField = (field: string, value: unknown, supported: unknown[]): FieldError => ({
  reason: 'FieldValueNotSupported',
  field,
  message: `Unsupported value: ${goValue(value)}: supported values: ${supported.map(goValue).join(', ')}`,
});

export const tooLongField = (field: string, max: number): FieldError => ({
  reason: 'FieldValueTooLong',
  field,
  message: `Too long: may not be more than ${max} bytes`,
});

export const duplicateField = (field: string, value: unknown): FieldError => ({
  reason: 'FieldValueDuplicate',
  field,
  message: `Duplicate value: ${goValue(value)}`,
});

/** `a: x` for one error, `[a: x, b: y]` for several, as utilerrors.NewAggregate prints them. */
export function aggregateMessage(errors: FieldError[]): string {
  const texts = errors.map((error) => `${error.field}: ${error.message}`);
  return texts.length === 1 ? texts[0] : `[${texts.join(', ')}]`;
}
