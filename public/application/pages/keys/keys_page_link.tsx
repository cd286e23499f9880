import { EuiButtonEmpty } from '@elastic/eui';
import { useAppLink } from '../../hooks/use_app_link';
import { KEYS_PATH } from '../../router/app_routes';
import { keysStrings } from './keys_strings';

/** From the overview to the cross-cluster API keys page. */
export function KeysPageLink() {
  const link = useAppLink(KEYS_PATH);
  return (
    <EuiButtonEmpty {...link} iconType="key" data-test-subj="keysPageLink">
      {keysStrings.link}
    </EuiButtonEmpty>
  );
}
