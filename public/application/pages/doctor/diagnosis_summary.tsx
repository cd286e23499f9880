import { EuiCallOut, EuiText } from '@elastic/eui';
import type { Diagnosis } from '../../../../common/doctor/hop_types';
import { doctorStrings as text } from './doctor_strings';

/** Which ECK cluster was checked, and the first failure: what to fix first. */
export function DiagnosisSummary({ diagnosis }: { diagnosis: Diagnosis }) {
  const failed = diagnosis.hops.filter((hop) => hop.status === 'failed');
  const { eck } = diagnosis;
  return (
    <>
      <EuiText size="s" color="subdued" data-test-subj="doctorEckCluster">
        <p>
          {eck
            ? `${text.checkedAgainst(eck.namespace, eck.name)} (${text.identifiedBy[eck.identifiedBy]})`
            : text.notEck}
        </p>
      </EuiText>
      {failed.length === 0 ? (
        <EuiCallOut color="success" iconType="check" title={text.summary.allOk} data-test-subj="doctorAllOk" />
      ) : (
        <EuiCallOut
          color="danger"
          iconType="error"
          title={text.summary.failed(failed.length, failed[0].failures[0]?.cause ?? failed[0].reason)}
          announceOnMount
          data-test-subj="doctorFailed"
        />
      )}
    </>
  );
}
