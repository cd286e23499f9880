import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiError } from '../../services/api_error';
import type { ShownField } from './connection_form';
import { TEXT_FIELDS, type ConnectionFormValues, type FormErrors } from './connection_form_model';

const FORM_FIELDS: ReadonlySet<string> = new Set<ShownField>([...TEXT_FIELDS, 'localTransportCa']);

/** The form field a request field (`choices.exposure.port`, `choices.access.search.0.names`) is typed in. */
export function formFieldOf(requestField: string): ShownField | undefined {
  const parts = requestField.split('.');
  if (parts[1] === 'access') return 'indexPatterns';
  return [...parts].reverse().find((part): part is ShownField => FORM_FIELDS.has(part));
}

/** Validation messages start with where the field is (`[request body] choices.x: `); the field shows that already. */
const withoutFieldPrefix = (message: string) => message.replace(/^\[request \w+\] [\w.[\]]+: /, '');

interface Current {
  values: ConnectionFormValues;
  localTransportCa: string;
}

const valueOf = (field: ShownField, { values, localTransportCa }: Current) =>
  field === 'localTransportCa' ? localTransportCa : values[field];

/**
 * A field the server refused (a CA that is not a CA, or expired: what only the server can tell),
 * shown on that field for as long as it holds the text the server saw.
 */
export function useServerFieldError(current: Current) {
  const [refused, setRefused] = useState<{ field: ShownField; message: string; value: string }>();

  // Read when an answer arrives: the text on screen then is the text the server saw.
  const latest = useRef(current);
  useEffect(() => {
    latest.current = current;
  });

  const report = useCallback((error: ApiError | undefined) => {
    const field = error?.field ? formFieldOf(error.field) : undefined;
    if (!error || !field) return;
    setRefused({ field, message: withoutFieldPrefix(error.message), value: valueOf(field, latest.current) });
  }, []);

  const active = refused && valueOf(refused.field, current) === refused.value ? refused : undefined;
  const errors: FormErrors = active ? { [active.field]: active.message } : {};
  return { field: active?.field, errors, report };
}
