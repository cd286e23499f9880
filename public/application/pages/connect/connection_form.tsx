import type { ChangeEvent, FormEvent } from 'react';
import {
  EuiButton,
  EuiCallOut,
  EuiFieldText,
  EuiForm,
  EuiFormRow,
  EuiRadioGroup,
  EuiSpacer,
  EuiSwitch,
  useGeneratedHtmlId,
} from '@elastic/eui';
import { strings } from '../../strings';
import { EXPOSURE_TYPES, type ConnectionFormValues, type FormErrors, type TextField } from './connection_form_model';

const { form: labels } = strings.connect;

interface Props {
  values: ConnectionFormValues;
  errors: FormErrors;
  /** Fields whose errors show: those the user changed, or all once the form was submitted. */
  shownErrors: ReadonlySet<TextField>;
  onChange: (values: ConnectionFormValues, changedField?: TextField) => void;
  onSubmit: () => void;
  /** A plan is on screen: the button then updates it. */
  hasPlan: boolean;
}

const FIELD_HELP: Record<TextField, string> = {
  alias: labels.aliasHelp,
  port: labels.portHelp,
  nodeAddress: labels.nodeAddressHelp,
  proxyAddress: labels.proxyAddressHelp,
  indexPatterns: labels.indexPatternsHelp,
  expiration: labels.expirationHelp,
};

const FIELD_LABELS: Record<TextField, string> = {
  alias: labels.aliasLabel,
  port: labels.portLabel,
  nodeAddress: labels.nodeAddressLabel,
  proxyAddress: labels.proxyAddressLabel,
  indexPatterns: labels.indexPatternsLabel,
  expiration: labels.expirationLabel,
};

const PLACEHOLDERS: Partial<Record<TextField, string>> = {
  proxyAddress: 'eck.example.com:9443',
  indexPatterns: 'logs-*, metrics-*',
  expiration: '90d',
};

/** The choices the plan depends on; each field says what is wrong with it as the user types. */
export function ConnectionForm({ values, errors, shownErrors, onChange, onSubmit, hasPlan }: Props) {
  const exposureName = useGeneratedHtmlId({ prefix: 'exposure' });

  const textField = (field: TextField, extra: { inputMode?: 'numeric' } = {}) => {
    const error = shownErrors.has(field) ? errors[field] : undefined;
    return (
      <EuiFormRow label={FIELD_LABELS[field]} helpText={FIELD_HELP[field]} isInvalid={!!error} error={error}>
        <EuiFieldText
          name={field}
          value={values[field]}
          placeholder={PLACEHOLDERS[field]}
          isInvalid={!!error}
          onChange={(event: ChangeEvent<HTMLInputElement>) =>
            onChange({ ...values, [field]: event.target.value }, field)
          }
          data-test-subj={`${field}Input`}
          {...extra}
        />
      </EuiFormRow>
    );
  };

  const switchField = (field: 'skipUnavailable' | 'replaceExisting', label: string, helpText: string) => (
    <EuiFormRow helpText={helpText}>
      <EuiSwitch
        label={label}
        checked={values[field]}
        onChange={(event) => onChange({ ...values, [field]: event.target.checked })}
        data-test-subj={`${field}Switch`}
      />
    </EuiFormRow>
  );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };

  return (
    <EuiForm component="form" onSubmit={submit} noValidate data-test-subj="connectionForm">
      {errors.target && (
        <>
          <EuiCallOut color="danger" iconType="error" title={errors.target} data-test-subj="invalidTarget" />
          <EuiSpacer size="m" />
        </>
      )}
      {textField('alias')}
      <EuiFormRow fullWidth>
        <EuiRadioGroup
          legend={{ children: labels.exposureLegend }}
          name={exposureName}
          options={EXPOSURE_TYPES.map((type) => ({
            id: `${exposureName}-${type}`,
            label: labels.exposures[type],
            'data-test-subj': `exposure-${type}`,
          }))}
          idSelected={`${exposureName}-${values.exposure}`}
          onChange={(id) => {
            const exposure = EXPOSURE_TYPES.find((type) => id === `${exposureName}-${type}`);
            if (exposure) onChange({ ...values, exposure });
          }}
          data-test-subj="exposureChoice"
        />
      </EuiFormRow>
      {values.exposure === 'LoadBalancer' && textField('port', { inputMode: 'numeric' })}
      {values.exposure === 'NodePort' && textField('nodeAddress')}
      {values.exposure === 'address' && textField('proxyAddress')}
      {textField('indexPatterns')}
      {textField('expiration')}
      {switchField('skipUnavailable', labels.skipUnavailableLabel, labels.skipUnavailableHelp)}
      {switchField('replaceExisting', labels.replaceExistingLabel, labels.replaceExistingHelp)}
      <EuiSpacer size="m" />
      <EuiButton type="submit" fill iconType="list" data-test-subj="connectionFormSubmit">
        {hasPlan ? labels.updatePlan : labels.showPlan}
      </EuiButton>
    </EuiForm>
  );
}
