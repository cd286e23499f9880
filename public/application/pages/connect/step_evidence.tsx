import { EuiAccordion, EuiDescriptionList, useGeneratedHtmlId } from '@elastic/eui';
import type { Evidence } from '../../../../common/plan/plan_types';
import { strings } from '../../strings';

const { step: labels } = strings.connect;

/** What the status was derived from, folded away: it matters when the status surprises someone. */
export function StepEvidence({ stepId, evidence }: { stepId: string; evidence: Evidence[] }) {
  const accordionId = useGeneratedHtmlId({ prefix: `evidence-${stepId}` });
  if (evidence.length === 0) return null;
  return (
    <EuiAccordion
      id={accordionId}
      buttonContent={labels.evidence(evidence.length)}
      paddingSize="s"
      data-test-subj={`evidence-${stepId}`}
      buttonProps={{ 'data-test-subj': `evidenceToggle-${stepId}` }}
    >
      <EuiDescriptionList
        compressed
        type="column"
        listItems={evidence.map(({ subject, value, source }) => ({
          title: subject,
          description: labels.evidenceValue(value, labels.evidenceSources[source]),
        }))}
      />
    </EuiAccordion>
  );
}
