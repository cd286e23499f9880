import { EuiBadge, EuiCodeBlock, EuiPanel, EuiSpacer, EuiText, EuiTitle } from '@elastic/eui';
import type { CcsProblem } from '../../../../common/api/ccs_check';
import { validateStrings as text } from './validate_strings';

/** Each problem with who has to act, what Elasticsearch said, and the exact change that fixes it. */
export function CcsProblemList({ problems }: { problems: CcsProblem[] }) {
  return (
    <>
      {problems.map((problem) => (
        <EuiPanel key={problem.code} hasBorder paddingSize="m" data-test-subj={`ccsProblem-${problem.code}`}>
          <EuiTitle size="xxs">
            <h3>
              <EuiBadge color="warning" data-test-subj="ccsProblemOwner">
                {text.owners[problem.owner]}
              </EuiBadge>{' '}
              {problem.code}
            </h3>
          </EuiTitle>
          <EuiSpacer size="s" />
          <EuiText size="s">
            <p data-test-subj="ccsProblemDetail">{problem.detail}</p>
          </EuiText>
          <EuiSpacer size="s" />
          <EuiText size="xs">
            <strong>{text.fixLabel}</strong>
          </EuiText>
          <EuiCodeBlock fontSize="s" isCopyable language="text" data-test-subj="ccsProblemFix">
            {problem.fix}
          </EuiCodeBlock>
          <EuiSpacer size="m" />
        </EuiPanel>
      ))}
    </>
  );
}
