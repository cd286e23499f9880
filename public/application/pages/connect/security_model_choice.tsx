import { Fragment } from 'react';
import { EuiCallOut, EuiCheckableCard, EuiFormFieldset, EuiSpacer, EuiText, useGeneratedHtmlId } from '@elastic/eui';
import type { SecurityModelMode } from '../../../../common/plan/plan_types';
import { strings } from '../../strings';

const { securityModel: labels } = strings.connect;

const MODELS: Array<{ mode: SecurityModelMode; label: string; description: string }> = [
  { mode: 'api_key', label: labels.apiKeyLabel, description: labels.apiKeyDescription },
  { mode: 'certificate', label: labels.certificateLabel, description: labels.certificateDescription },
];

interface Props {
  model: SecurityModelMode;
  onChange: (model: SecurityModelMode) => void;
}

/** API keys first and recommended; the deprecated certificate model says so as soon as it is chosen. */
export function SecurityModelChoice({ model, onChange }: Props) {
  const name = useGeneratedHtmlId({ prefix: 'securityModel' });
  return (
    <EuiFormFieldset legend={{ children: labels.legend }} data-test-subj="securityModel">
      {MODELS.map(({ mode, label, description }, index) => (
        <Fragment key={mode}>
          {index > 0 && <EuiSpacer size="s" />}
          <EuiCheckableCard
            id={`${name}-${mode}`}
            name={name}
            value={mode}
            label={<strong>{label}</strong>}
            checked={model === mode}
            onChange={() => onChange(mode)}
            data-test-subj={`securityModel-${mode}`}
          >
            <EuiText size="s" color="subdued">
              <p>{description}</p>
            </EuiText>
          </EuiCheckableCard>
        </Fragment>
      ))}
      {model === 'certificate' && (
        <>
          <EuiSpacer size="m" />
          <EuiCallOut
            size="s"
            color="warning"
            iconType="warning"
            title={labels.deprecatedTitle}
            data-test-subj="certificateDeprecated"
          >
            <p>{labels.deprecatedBody}</p>
          </EuiCallOut>
        </>
      )}
    </EuiFormFieldset>
  );
}
