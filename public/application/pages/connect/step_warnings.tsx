import { EuiCallOut, EuiSpacer } from '@elastic/eui';

/** What the admin must know before confirming, such as "ECK restarts every node". */
export function StepWarnings({ stepId, warnings }: { stepId: string; warnings: string[] }) {
  return (
    <>
      {warnings.map((warning, index) => (
        <div key={warning}>
          <EuiSpacer size="s" />
          <EuiCallOut
            size="s"
            color="warning"
            iconType="warning"
            title={warning}
            data-test-subj={`stepWarning-${stepId}-${index}`}
          />
        </div>
      ))}
    </>
  );
}
