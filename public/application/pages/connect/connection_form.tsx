import type { FormEvent } from 'react';
import {
  EuiButton,
  EuiCallOut,
  EuiForm,
  EuiFormRow,
  EuiRadioGroup,
  EuiSpacer,
  EuiSwitch,
  useGeneratedHtmlId,
} from '@elastic/eui';
import { strings } from '../../strings';
import { CertificateFields } from './certificate_fields';
import {
  EXPOSURE_TYPES,
  type ConnectionFormValues,
  type ExposureType,
  type FormErrors,
  type TextField,
} from './connection_form_model';
import { FormTextField } from './form_text_field';

const { form: labels, certificate: certificateLabels } = strings.connect;

/** The fields whose errors can show: every text field, and the pasted CA. */
export type ShownField = TextField | 'localTransportCa';

interface Props {
  values: ConnectionFormValues;
  errors: FormErrors;
  /** Fields whose errors show: those the user changed, or all once the form was submitted. */
  shownErrors: ReadonlySet<ShownField>;
  onChange: (values: ConnectionFormValues, changedField?: ShownField) => void;
  onSubmit: () => void;
  /** A plan is on screen: the button then updates it. */
  hasPlan: boolean;
  /** The certificate model's pasted CA, kept apart from the values (it never goes into the URL). */
  localTransportCa: string;
  onCaChange: (pem: string) => void;
}

const FIELD_HELP: Record<Exclude<TextField, 'roleName'>, string> = {
  alias: labels.aliasHelp,
  port: labels.portHelp,
  nodeAddress: labels.nodeAddressHelp,
  proxyAddress: labels.proxyAddressHelp,
  indexPatterns: labels.indexPatternsHelp,
  expiration: labels.expirationHelp,
};

const FIELD_LABELS: Record<Exclude<TextField, 'roleName'>, string> = {
  alias: labels.aliasLabel,
  port: labels.portLabel,
  nodeAddress: labels.nodeAddressLabel,
  proxyAddress: labels.proxyAddressLabel,
  indexPatterns: labels.indexPatternsLabel,
  expiration: labels.expirationLabel,
};

/** Where the certificate model's words differ: the transport port, and a role rather than a key. */
const CERTIFICATE_HELP: Partial<Record<TextField, string>> = {
  port: certificateLabels.portHelp,
  indexPatterns: certificateLabels.indexPatternsHelp,
};

const EXPOSURE_LABELS: Record<ConnectionFormValues['model'], Record<ExposureType, string>> = {
  api_key: labels.exposures,
  certificate: { ...labels.exposures, address: certificateLabels.addressExposure },
};

const PLACEHOLDERS: Partial<Record<TextField, string>> = {
  indexPatterns: 'logs-*, metrics-*',
  expiration: '90d',
};

/** The choices the plan depends on; each field says what is wrong with it as the user types. */
export function ConnectionForm(props: Props) {
  const { values, errors, shownErrors, onChange, onSubmit, hasPlan, localTransportCa, onCaChange } = props;
  const exposureName = useGeneratedHtmlId({ prefix: 'exposure' });
  const isCertificate = values.model === 'certificate';
  const shown = (field: ShownField) => (shownErrors.has(field) ? errors[field] : undefined);

  const textField = (field: Exclude<TextField, 'roleName'>, extra: { inputMode?: 'numeric' } = {}) => (
    <FormTextField
      name={field}
      label={FIELD_LABELS[field]}
      helpText={(isCertificate && CERTIFICATE_HELP[field]) || FIELD_HELP[field]}
      value={values[field]}
      error={shown(field)}
      placeholder={
        field === 'proxyAddress' ? `eck.example.com:${isCertificate ? '9300' : '9443'}` : PLACEHOLDERS[field]
      }
      onChange={(value) => onChange({ ...values, [field]: value }, field)}
      {...extra}
    />
  );

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
          legend={{ children: isCertificate ? certificateLabels.exposureLegend : labels.exposureLegend }}
          name={exposureName}
          options={EXPOSURE_TYPES.map((type) => ({
            id: `${exposureName}-${type}`,
            label: EXPOSURE_LABELS[values.model][type],
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
      {isCertificate ? (
        <CertificateFields
          values={values}
          localTransportCa={localTransportCa}
          caError={shown('localTransportCa')}
          roleNameError={shown('roleName')}
          onChange={onChange}
          onCaChange={onCaChange}
        />
      ) : (
        textField('expiration')
      )}
      {switchField('skipUnavailable', labels.skipUnavailableLabel, labels.skipUnavailableHelp)}
      {switchField('replaceExisting', labels.replaceExistingLabel, labels.replaceExistingHelp)}
      <EuiSpacer size="m" />
      <EuiButton type="submit" fill iconType="list" data-test-subj="connectionFormSubmit">
        {hasPlan ? labels.updatePlan : labels.showPlan}
      </EuiButton>
    </EuiForm>
  );
}
