import { EuiText } from '@elastic/eui';
import { useCrossReference } from './overview_cross_reference';
import { overviewStrings as text } from './overview_strings';

/** Which discovered ECK cluster the alias points at, and by what evidence. */
export function RemoteEckClusterCell({ alias }: { alias: string }) {
  const found = useCrossReference().eckClusterOf(alias);
  const testSubj = `remoteEckCluster-${alias}`;
  if (found.state !== 'known' || found.value === null) {
    const label = { loading: text.eckLoading, failed: text.eckUnknown, known: text.notEck }[found.state];
    return (
      <EuiText size="s" color="subdued" data-test-subj={testSubj} data-match="none">
        {label}
      </EuiText>
    );
  }
  const match = found.value;
  return (
    <div data-test-subj={testSubj} data-match={`${match.namespace}/${match.name}`} data-via={match.via}>
      <EuiText size="s">{`${match.namespace}/${match.name}`}</EuiText>
      <EuiText size="xs" color="subdued">
        {text.matchVia[match.via](match.service)}
      </EuiText>
    </div>
  );
}
