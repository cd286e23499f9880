import { EuiLink } from '@elastic/eui';
import { useAppLink } from '../../hooks/use_app_link';
import { validatePath } from '../../router/app_routes';
import { overviewStrings as text } from './overview_strings';

/** The CCS check with the alias filled in: the user only adds the index pattern. */
export function ValidateAliasLink({ alias }: { alias: string }) {
  const link = useAppLink(validatePath(alias));
  return (
    <EuiLink {...link} aria-label={text.validateAriaLabel(alias)} data-test-subj={`validate-${alias}`}>
      {text.validate}
    </EuiLink>
  );
}
