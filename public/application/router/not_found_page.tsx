import { EuiButton, EuiEmptyPrompt } from '@elastic/eui';
import { useAppLink } from '../hooks/use_app_link';
import { strings } from '../strings';
import { OVERVIEW_PATH } from './app_routes';

export function NotFoundPage({ pathname }: { pathname: string }) {
  const backLink = useAppLink(OVERVIEW_PATH);
  return (
    <EuiEmptyPrompt
      iconType="search"
      title={<h1>{strings.navigation.notFoundTitle}</h1>}
      body={<p>{strings.navigation.notFoundBody(pathname)}</p>}
      actions={
        <EuiButton {...backLink} data-test-subj="backToOverview">
          {strings.navigation.backToOverview}
        </EuiButton>
      }
      data-test-subj="notFound"
    />
  );
}
