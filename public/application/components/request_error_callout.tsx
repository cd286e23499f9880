import { EuiCallOut, EuiText } from '@elastic/eui';
import { isPermissionDenied, type ApiError } from '../services/api_error';
import { strings } from '../strings';

interface Props {
  error: ApiError;
  /** Prefix of the `data-test-subj`: `<prefix>Error` or `<prefix>PermissionDenied`. */
  testSubjPrefix: string;
}

function reference({ code, statusCode }: ApiError): string | undefined {
  if (statusCode === undefined) return undefined;
  return code ? strings.errors.reference(code, statusCode) : strings.errors.httpStatus(statusCode);
}

/**
 * A failed request: the catalogue title, the server's message and the fix. Missing permissions
 * get their own look, as they are fixed by an administrator rather than by retrying.
 */
export function RequestErrorCallout({ error, testSubjPrefix }: Props) {
  const permissionDenied = isPermissionDenied(error);
  const errorReference = reference(error);
  return (
    <EuiCallOut
      title={error.title}
      color={permissionDenied ? 'warning' : 'danger'}
      iconType={permissionDenied ? 'lock' : 'error'}
      heading="h3"
      // The callout often appears after the user pressed Refresh, so screen readers should hear it.
      announceOnMount
      data-test-subj={`${testSubjPrefix}${permissionDenied ? 'PermissionDenied' : 'Error'}`}
    >
      <p data-test-subj="errorMessage">{error.message}</p>
      {error.fix && (
        <p data-test-subj="errorFix">
          <strong>{strings.errors.fixLabel}</strong> {error.fix}
        </p>
      )}
      {errorReference && (
        <EuiText size="xs" color="subdued" data-test-subj="errorReference">
          <p>{errorReference}</p>
        </EuiText>
      )}
    </EuiCallOut>
  );
}
