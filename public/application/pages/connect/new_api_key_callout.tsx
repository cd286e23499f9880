import { useEffect, useRef } from 'react';
import { EuiButton, EuiCallOut, EuiCodeBlock, EuiSpacer } from '@elastic/eui';
import { strings } from '../../strings';
import type { NewApiKey } from './use_step_actions';

const { newApiKey: labels } = strings.connect;

/** Leaving the page would lose the key for good: the browser asks first. */
function useConfirmBeforeLeaving() {
  useEffect(() => {
    const confirm = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older browsers ask only when a return value is set.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', confirm);
    return () => window.removeEventListener('beforeunload', confirm);
  }, []);
}

interface Props {
  apiKey: NewApiKey;
  onDismiss: () => void;
}

/**
 * The cross-cluster API key, shown once, right after it was created. It lives only in React
 * state: never in storage, the URL or a log, and it is gone once dismissed.
 */
export function NewApiKeyCallout({ apiKey, onDismiss }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  useConfirmBeforeLeaving();
  // Focus brings the key into view and has screen readers read its title. The callout does not
  // announce itself: a live region would read the key aloud and hold a second copy of it.
  useEffect(() => ref.current?.focus(), []);
  return (
    <div ref={ref} tabIndex={-1} aria-label={labels.title}>
      <EuiCallOut color="warning" iconType="key" title={labels.title} data-test-subj="newApiKey">
        <p>{labels.body(apiKey.name)}</p>
        <EuiCodeBlock
          fontSize="m"
          paddingSize="s"
          isCopyable
          copyAriaLabel={labels.copyAriaLabel}
          whiteSpace="pre-wrap"
          data-test-subj="newApiKeyValue"
        >
          {apiKey.encoded}
        </EuiCodeBlock>
        <EuiSpacer size="s" />
        <EuiButton color="warning" fill onClick={onDismiss} data-test-subj="dismissNewApiKey">
          {labels.dismiss}
        </EuiButton>
      </EuiCallOut>
      <EuiSpacer size="m" />
    </div>
  );
}
