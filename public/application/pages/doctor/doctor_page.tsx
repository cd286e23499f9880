import { EuiButton, EuiLoadingSpinner, EuiPageHeader, EuiSpacer, EuiText } from '@elastic/eui';
import { RequestErrorCallout } from '../../components/request_error_callout';
import { DiagnosisSummary } from './diagnosis_summary';
import { doctorStrings as text } from './doctor_strings';
import { HopList } from './hop_list';
import { useDiagnosis } from './use_diagnosis';

interface Props {
  alias: string;
  /** The ECK cluster to check the alias against; otherwise the doctor recognises it. */
  eckCluster?: { namespace: string; name: string };
}

/** The connection doctor: every hop of one alias's connection, checked now, with evidence, cause and fix. */
export function DoctorPage({ alias, eckCluster }: Props) {
  const { data, error, isLoading, reload } = useDiagnosis(alias, eckCluster);
  return (
    <>
      <EuiPageHeader
        bottomBorder
        pageTitle={text.pageTitle(alias)}
        description={text.pageDescription}
        rightSideItems={[
          <EuiButton
            key="again"
            iconType="refresh"
            onClick={reload}
            isLoading={isLoading}
            data-test-subj="diagnoseAgain"
          >
            {text.diagnoseAgain}
          </EuiButton>,
        ]}
      />
      <EuiSpacer size="l" />
      {isLoading && !data && (
        <EuiText size="s" data-test-subj="doctorLoading">
          <EuiLoadingSpinner size="m" /> {text.loading}
        </EuiText>
      )}
      {error && <RequestErrorCallout error={error} testSubjPrefix="doctor" />}
      {data && (
        <>
          <DiagnosisSummary diagnosis={data} />
          <EuiSpacer size="m" />
          <HopList hops={data.hops} />
        </>
      )}
    </>
  );
}
