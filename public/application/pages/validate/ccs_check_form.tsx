import { useState, type ChangeEvent, type FormEvent } from 'react';
import { EuiButton, EuiFieldText, EuiFlexGroup, EuiFlexItem, EuiForm, EuiFormRow } from '@elastic/eui';
import { ccsCheckRequestSchema, type CcsCheckRequest } from '../../../../common/api/ccs_check';
import { validateStrings as text } from './validate_strings';

type Field = keyof CcsCheckRequest;

/** The same rules as the server's, so a bad alias or pattern is named before anything is sent. */
function fieldErrors(request: CcsCheckRequest): Partial<Record<Field, string>> {
  const result = ccsCheckRequestSchema.safeParse(request);
  if (result.success) return {};
  const errors: Partial<Record<Field, string>> = {};
  for (const issue of result.error.issues) errors[issue.path[0] as Field] ??= issue.message;
  return errors;
}

interface Props {
  isChecking: boolean;
  onCheck(request: CcsCheckRequest): void;
  /** From the overview's Validate on a remote: `/validate/<alias>`. */
  initialAlias?: string;
}

export function CcsCheckForm({ isChecking, onCheck, initialAlias = '' }: Props) {
  const [request, setRequest] = useState<CcsCheckRequest>({ alias: initialAlias, indexPattern: '' });
  const [submitted, setSubmitted] = useState(false);
  const errors = submitted ? fieldErrors(request) : {};

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (Object.keys(fieldErrors(request)).length === 0) onCheck(request);
  };
  const field = (name: Field, label: string, helpText: string) => (
    <EuiFormRow label={label} helpText={helpText} isInvalid={!!errors[name]} error={errors[name]}>
      <EuiFieldText
        name={name}
        value={request[name]}
        isInvalid={!!errors[name]}
        onChange={(event: ChangeEvent<HTMLInputElement>) => setRequest({ ...request, [name]: event.target.value })}
        data-test-subj={`${name}Input`}
      />
    </EuiFormRow>
  );

  return (
    <EuiForm component="form" onSubmit={onSubmit} data-test-subj="ccsCheckForm">
      <EuiFlexGroup alignItems="flexStart" wrap>
        <EuiFlexItem grow={false}>{field('alias', text.aliasLabel, text.aliasHelp)}</EuiFlexItem>
        <EuiFlexItem grow={false}>{field('indexPattern', text.patternLabel, text.patternHelp)}</EuiFlexItem>
        <EuiFlexItem grow={false}>
          <EuiFormRow hasEmptyLabelSpace>
            <EuiButton type="submit" fill isLoading={isChecking} data-test-subj="ccsCheckButton">
              {isChecking ? text.checking : text.checkButton}
            </EuiButton>
          </EuiFormRow>
        </EuiFlexItem>
      </EuiFlexGroup>
    </EuiForm>
  );
}
