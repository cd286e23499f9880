import { EuiAccordion, EuiCallOut, EuiDescriptionList, EuiSpacer, EuiText, useGeneratedHtmlId } from '@elastic/eui';
import type { Hop } from '../../../../common/doctor/hop_types';
import { doctorStrings as text } from './doctor_strings';

/** A failed hop's catalogued causes, each with its fix and where it is documented. */
function HopFailures({ hop }: { hop: Hop }) {
  return (
    <>
      {hop.failures.map((failure) => (
        <EuiCallOut
          key={failure.id}
          color="danger"
          size="s"
          title={failure.cause}
          data-test-subj={`hopFailure-${failure.id}`}
        >
          <p>
            <strong>{text.fix}</strong> {failure.fix}
          </p>
          <EuiText size="xs" color="subdued">
            {text.reference}: {failure.docReference}
          </EuiText>
        </EuiCallOut>
      ))}
    </>
  );
}

function HopEvidenceList({ hop }: { hop: Hop }) {
  const accordionId = useGeneratedHtmlId({ prefix: `hopEvidence-${hop.id}` });
  if (hop.evidence.length === 0) return null;
  return (
    <EuiAccordion
      id={accordionId}
      buttonContent={text.evidence(hop.evidence.length)}
      paddingSize="s"
      data-test-subj={`hopEvidence-${hop.id}`}
    >
      <EuiDescriptionList
        compressed
        type="column"
        listItems={hop.evidence.map(({ subject, value, source }) => ({
          title: subject,
          description: text.evidenceValue(value, text.evidenceSources[source]),
        }))}
      />
    </EuiAccordion>
  );
}

/** What one hop found: the reason, the failures with their fixes, and the evidence. */
export function HopDetails({ hop }: { hop: Hop }) {
  return (
    <>
      <EuiText size="s" data-test-subj={`hopReason-${hop.id}`}>
        <p>{hop.reason}</p>
      </EuiText>
      {hop.failures.length > 0 && (
        <>
          <EuiSpacer size="s" />
          <HopFailures hop={hop} />
        </>
      )}
      <EuiSpacer size="s" />
      <HopEvidenceList hop={hop} />
    </>
  );
}
