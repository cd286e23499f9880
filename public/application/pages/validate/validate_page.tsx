import { EuiPageHeader, EuiSpacer } from '@elastic/eui';
import { RequestErrorCallout } from '../../components/request_error_callout';
import { CcsCheckForm } from './ccs_check_form';
import { CcsCheckResult } from './ccs_check_result';
import { useCcsCheck } from './use_ccs_check';
import { validateStrings as text } from './validate_strings';

/** For any user, with their own privileges: no admin rights are needed to find out why a search fails. */
export function ValidatePage({ initialAlias }: { initialAlias?: string }) {
  const { result, error, isChecking, check } = useCcsCheck();
  return (
    <>
      <EuiPageHeader bottomBorder pageTitle={text.pageTitle} description={text.pageDescription} />
      <EuiSpacer size="l" />
      <CcsCheckForm isChecking={isChecking} onCheck={check} initialAlias={initialAlias} />
      <EuiSpacer size="l" />
      {error && <RequestErrorCallout error={error} testSubjPrefix="ccsCheck" />}
      {result && !isChecking && <CcsCheckResult result={result} />}
    </>
  );
}
