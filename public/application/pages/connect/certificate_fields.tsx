import { EuiFormRow, EuiRadioGroup, EuiSelect, useGeneratedHtmlId } from '@elastic/eui';
import { strings } from '../../strings';
import {
  TLS_STYLE_CHOICES,
  VERIFICATION_MODE_CHOICES,
  type ConnectionFormValues,
  type LocalTransportTlsChoice,
  type VerificationModeChoice,
} from './connection_form_model';
import { FormTextField } from './form_text_field';
import { LocalTransportCaField } from './local_transport_ca_field';

const { certificate: labels } = strings.connect;

interface Props {
  values: ConnectionFormValues;
  localTransportCa: string;
  caError?: string;
  roleNameError?: string;
  onChange: (values: ConnectionFormValues, changedField?: 'roleName') => void;
  onCaChange: (pem: string) => void;
}

/** What only the certificate model asks: the local CA for ECK, how local TLS trusts CAs, the role name. */
export function CertificateFields({ values, localTransportCa, caError, roleNameError, onChange, onCaChange }: Props) {
  const tlsName = useGeneratedHtmlId({ prefix: 'localTransportTls' });
  const modeId = useGeneratedHtmlId({ prefix: 'localVerificationMode' });
  return (
    <div data-test-subj="certificateFields">
      <LocalTransportCaField value={localTransportCa} error={caError} onChange={onCaChange} />
      <EuiFormRow fullWidth>
        <EuiRadioGroup
          legend={{ children: labels.tlsStyleLegend }}
          name={tlsName}
          options={TLS_STYLE_CHOICES.map((style) => ({
            id: `${tlsName}-${style || 'detect'}`,
            label: labels.tlsStyles[style],
            'data-test-subj': `localTransportTls-${style || 'detect'}`,
          }))}
          idSelected={`${tlsName}-${values.localTransportTls || 'detect'}`}
          onChange={(id) => {
            const style = TLS_STYLE_CHOICES.find((choice) => id === `${tlsName}-${choice || 'detect'}`);
            if (style !== undefined) onChange({ ...values, localTransportTls: style as LocalTransportTlsChoice });
          }}
        />
      </EuiFormRow>
      <EuiFormRow label={labels.verificationModeLabel} helpText={labels.verificationModeHelp} id={modeId}>
        <EuiSelect
          id={modeId}
          options={VERIFICATION_MODE_CHOICES.map((mode) => ({ value: mode, text: labels.verificationModes[mode] }))}
          value={values.localVerificationMode}
          onChange={(event) =>
            onChange({ ...values, localVerificationMode: event.target.value as VerificationModeChoice })
          }
          data-test-subj="localVerificationModeSelect"
        />
      </EuiFormRow>
      <FormTextField
        name="roleName"
        label={labels.roleNameLabel}
        helpText={labels.roleNameHelp(values.alias)}
        value={values.roleName}
        error={roleNameError}
        placeholder={`remote-${values.alias}`}
        onChange={(roleName) => onChange({ ...values, roleName }, 'roleName')}
      />
    </div>
  );
}
