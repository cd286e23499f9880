import { Fragment } from 'react';
import { EuiCheckableCard, EuiFormFieldset, EuiSpacer, EuiText, useGeneratedHtmlId } from '@elastic/eui';
import type { SecurityModelMode } from '../../../../common/plan/plan_types';
import { strings } from '../../strings';

const { securityModel: labels } = strings.connect;

/**
 * The API key model is the only one the server plans today; the certificate model is shown, so
 * that nobody wonders where it went, but cannot be chosen.
 */
const MODELS: Array<{ mode: SecurityModelMode; label: string; description: string; available: boolean }> = [
  { mode: 'api_key', label: labels.apiKeyLabel, description: labels.apiKeyDescription, available: true },
  { mode: 'certificate', label: labels.certificateLabel, description: labels.certificateDescription, available: false },
];

export function SecurityModelChoice() {
  const name = useGeneratedHtmlId({ prefix: 'securityModel' });
  return (
    <EuiFormFieldset legend={{ children: labels.legend }} data-test-subj="securityModel">
      {MODELS.map(({ mode, label, description, available }, index) => (
        <Fragment key={mode}>
          {index > 0 && <EuiSpacer size="s" />}
          <EuiCheckableCard
            id={`${name}-${mode}`}
            name={name}
            value={mode}
            label={<strong>{label}</strong>}
            checked={available}
            disabled={!available}
            onChange={() => undefined}
            data-test-subj={`securityModel-${mode}`}
          >
            <EuiText size="s" color="subdued">
              <p>{description}</p>
            </EuiText>
          </EuiCheckableCard>
        </Fragment>
      ))}
    </EuiFormFieldset>
  );
}
