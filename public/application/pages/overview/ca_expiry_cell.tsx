import { EuiHealth, EuiText } from '@elastic/eui';
import type { CaWatchFinding } from '../../../../common/ca_watch/ca_watch_types';
import { useCrossReference } from './overview_cross_reference';
import { overviewStrings as text } from './overview_strings';

const COLORS = { in_sync: 'success', expiring: 'warning', rotation_detected: 'danger', unknown: 'subdued' } as const;

function Subdued({ testSubj, children }: { testSubj: string; children: string }) {
  return (
    <EuiText size="s" color="subdued" data-test-subj={testSubj}>
      {children}
    </EuiText>
  );
}

function FindingExpiry({ finding, testSubj }: { finding: CaWatchFinding; testSubj: string }) {
  const validTo = finding.current?.validTo;
  if (!validTo || finding.expiresInDays === null) return <Subdued testSubj={testSubj}>{text.caUnknown}</Subdued>;
  const date = validTo.slice(0, 10);
  return (
    <div data-test-subj={testSubj} data-state={finding.state}>
      <EuiHealth color={COLORS[finding.state]}>
        {finding.expiresInDays < 0 ? text.caExpired(date) : text.caExpires(date, finding.expiresInDays)}
      </EuiHealth>
      {finding.state === 'rotation_detected' && (
        <EuiText size="xs" color="danger">
          {text.caRotated}
        </EuiText>
      )}
    </div>
  );
}

/** The ECK transport CA's expiry (it signs the remote cluster server's certificate too), from the CA watch. */
export function CaExpiryCell({ alias }: { alias: string }) {
  const crossReference = useCrossReference();
  const testSubj = `remoteCaExpiry-${alias}`;
  const match = crossReference.eckClusterOf(alias);
  if (match.state === 'loading') return <Subdued testSubj={testSubj}>{text.caLoading}</Subdued>;
  if (match.state === 'failed') return <Subdued testSubj={testSubj}>{text.caUnknown}</Subdued>;
  if (match.value === null) return <Subdued testSubj={testSubj}>{text.caNotApplicable}</Subdued>;
  const finding = crossReference.caFindingOf(match.value);
  if (finding.state === 'loading') return <Subdued testSubj={testSubj}>{text.caLoading}</Subdued>;
  if (finding.state === 'failed' || !finding.value) return <Subdued testSubj={testSubj}>{text.caUnknown}</Subdued>;
  return <FindingExpiry finding={finding.value} testSubj={testSubj} />;
}
