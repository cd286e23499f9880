import { EuiCallOut, EuiSpacer, EuiText, EuiTitle } from '@elastic/eui';
import type { CaWatchFinding, CaWatchResponse } from '../../../../common/ca_watch/ca_watch_types';
import type { RequestState } from '../../hooks/use_request';
import { ManualInstructions } from '../connect/manual_instructions';
import { caWatchStrings as labels } from './ca_watch_strings';

const COLOR = { rotation_detected: 'danger', expiring: 'warning', unknown: 'warning' } as const;

function FindingCallout({ finding }: { finding: CaWatchFinding & { state: keyof typeof COLOR } }) {
  const cluster = `${finding.namespace}/${finding.name}`;
  const testId = `caWatch-${finding.namespace}-${finding.name}`;
  return (
    <>
      <EuiCallOut
        color={COLOR[finding.state]}
        iconType="warning"
        title={labels.title(finding.state, cluster)}
        data-test-subj={testId}
        data-state={finding.state}
      >
        <EuiText size="s">
          <p data-test-subj={`${testId}-reason`}>{finding.reason}</p>
          <p>{labels.aliases(finding.aliases.join(', '))}</p>
          {finding.expiresInDays !== null && finding.state !== 'unknown' && (
            <p>{labels.expiresIn(finding.expiresInDays)}</p>
          )}
        </EuiText>
        {finding.rewrite && (
          <>
            <EuiSpacer size="s" />
            <EuiTitle size="xxs">
              <h4>{labels.rewriteTitle}</h4>
            </EuiTitle>
            <ManualInstructions
              stepId={`caRewrite-${finding.namespace}-${finding.name}`}
              instructions={finding.rewrite}
            />
          </>
        )}
      </EuiCallOut>
      <EuiSpacer size="m" />
    </>
  );
}

/**
 * Warns on the overview when an ECK cluster's transport CA changed or expires soon, with the new
 * CA file and the same-path rewrite. Computed by the server on each load and refresh; a failure
 * to check (no privilege, no Kubernetes) shows nothing here: the sections below explain those.
 */
export function CaWatchCallout({ request: { data } }: { request: RequestState<CaWatchResponse> }) {
  const attention = (data?.findings ?? []).filter(
    (finding): finding is CaWatchFinding & { state: keyof typeof COLOR } => finding.state !== 'in_sync',
  );
  if (attention.length === 0) return null;
  return (
    <div data-test-subj="caWatchCallouts">
      {attention.map((finding) => (
        <FindingCallout key={`${finding.namespace}/${finding.name}`} finding={finding} />
      ))}
    </div>
  );
}
