import { EuiButtonEmpty } from '@elastic/eui';
import { useAppLink } from '../../hooks/use_app_link';
import { VALIDATE_PATH } from '../../router/app_routes';
import { validateStrings } from '../validate/validate_strings';

/** The CCS check, from the overview: for any user, so it sits beside Refresh. */
export function ValidateLink() {
  const link = useAppLink(VALIDATE_PATH);
  return (
    <EuiButtonEmpty {...link} iconType="search" data-test-subj="validateLink">
      {validateStrings.openFromOverview}
    </EuiButtonEmpty>
  );
}
