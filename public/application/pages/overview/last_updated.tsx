import { EuiText } from '@elastic/eui';
import { overviewStrings as text } from './overview_strings';

/** When a section's data last arrived: auto-refresh keeps old data on screen while a new request runs. */
export function LastUpdated({ at, testSubj }: { at: Date | undefined; testSubj: string }) {
  if (!at) return null;
  return (
    <EuiText size="xs" color="subdued" data-test-subj={testSubj}>
      <time dateTime={at.toISOString()}>{text.updatedAt(at.toLocaleTimeString())}</time>
    </EuiText>
  );
}
