import type { ChangeEvent } from 'react';
import { EuiFieldText, EuiFormRow } from '@elastic/eui';

interface Props {
  name: string;
  label: string;
  helpText: string;
  value: string;
  /** Shown only once the field was changed or the form submitted. */
  error?: string;
  placeholder?: string;
  inputMode?: 'numeric';
  onChange: (value: string) => void;
}

/** A labelled text field that says what is wrong with it as the user types. */
export function FormTextField({ name, label, helpText, value, error, placeholder, inputMode, onChange }: Props) {
  return (
    <EuiFormRow label={label} helpText={helpText} isInvalid={!!error} error={error}>
      <EuiFieldText
        name={name}
        value={value}
        placeholder={placeholder}
        isInvalid={!!error}
        inputMode={inputMode}
        onChange={(event: ChangeEvent<HTMLInputElement>) => onChange(event.target.value)}
        data-test-subj={`${name}Input`}
      />
    </EuiFormRow>
  );
}
