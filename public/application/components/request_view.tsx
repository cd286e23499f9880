import type { ReactNode } from 'react';
import { EuiSkeletonText } from '@elastic/eui';
import type { RequestState } from '../hooks/use_request';
import { RequestErrorCallout } from './request_error_callout';

interface Props<TData> {
  request: RequestState<TData>;
  /** Prefix of the `data-test-subj` of each state: `<prefix>Loading`, `<prefix>Error`, ... */
  testSubjPrefix: string;
  /** What is loading, for screen readers ("Loading <label>"). */
  loadingLabel: string;
  /** Renders the data; `isLoading` is true while a refresh is in flight. */
  children: (data: TData, isLoading: boolean) => ReactNode;
}

/** The states every section shares: loading first, then the error, then the data. */
export function RequestView<TData>({ request, testSubjPrefix, loadingLabel, children }: Props<TData>) {
  const { data, error, isLoading } = request;
  if (error) return <RequestErrorCallout error={error} testSubjPrefix={testSubjPrefix} />;
  if (data === undefined) {
    return (
      <EuiSkeletonText
        lines={4}
        isLoading
        announceLoadingStatus
        contentAriaLabel={loadingLabel}
        data-test-subj={`${testSubjPrefix}Loading`}
      />
    );
  }
  return <>{children(data, isLoading)}</>;
}
