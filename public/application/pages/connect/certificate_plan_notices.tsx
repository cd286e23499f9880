import { EuiButton, EuiCallOut, EuiSpacer, EuiText } from '@elastic/eui';
import type { CertificatePlanResponse } from '../../../../common/api/certificate_connection';
import { strings } from '../../strings';

const { certificate: labels } = strings.connect;

interface Props {
  plan: CertificatePlanResponse;
  onSwitchToApiKey: () => void;
}

/**
 * What the certificate plan knows beyond its steps: whether the API key model would do (then one
 * click switches), the answers it still needs about local transport TLS, and the shared role name.
 */
export function CertificatePlanNotices({ plan, onSwitchToApiKey }: Props) {
  const { apiKeyModel, localTransportTls } = plan;
  return (
    <div data-test-subj="certificatePlanNotices">
      {apiKeyModel.qualifies ? (
        <EuiCallOut color="primary" iconType="key" title={labels.switchTitle} data-test-subj="apiKeyModelQualifies">
          <p>{apiKeyModel.reason}</p>
          <EuiButton size="s" onClick={onSwitchToApiKey} data-test-subj="switchToApiKeyModel">
            {labels.switchButton}
          </EuiButton>
        </EuiCallOut>
      ) : (
        <EuiText size="s" color="subdued">
          <p data-test-subj="apiKeyModelUnavailable">{labels.apiKeyUnavailable(apiKeyModel.reason)}</p>
        </EuiText>
      )}
      {localTransportTls.style === null && (
        <UnknownSettingNotice title={labels.tlsStyleUnknown} testSubj="localTransportTlsUnknown" />
      )}
      {localTransportTls.verificationMode === null && (
        <UnknownSettingNotice title={labels.verificationModeUnknown} testSubj="localVerificationModeUnknown" />
      )}
      <EuiSpacer size="s" />
      <EuiText size="s">
        <p data-test-subj="certificateRoleName">{labels.roleName(plan.roleName)}</p>
      </EuiText>
      <EuiSpacer size="l" />
    </div>
  );
}

/** What the node APIs do not reveal about the local transport TLS: the plan asks the admin. */
function UnknownSettingNotice({ title, testSubj }: { title: string; testSubj: string }) {
  return (
    <>
      <EuiSpacer size="m" />
      <EuiCallOut size="s" color="warning" iconType="question" title={title} data-test-subj={testSubj} />
    </>
  );
}
