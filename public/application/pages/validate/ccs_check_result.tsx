import {
  EuiCallOut,
  EuiCode,
  EuiDescriptionList,
  EuiSpacer,
  EuiText,
  type EuiDescriptionListProps,
} from '@elastic/eui';
import type { CcsCheckResponse } from '../../../../common/api/ccs_check';
import { CcsProblemList } from './ccs_problem_list';
import { validateStrings as text } from './validate_strings';

const list = (items: string[], empty: string) =>
  items.length === 0 ? (
    <EuiText size="s" color="subdued">
      {empty}
    </EuiText>
  ) : (
    items.map((item) => (
      <div key={item}>
        <EuiCode>{item}</EuiCode>
      </div>
    ))
  );

export function CcsCheckResult({ result }: { result: CcsCheckResponse }) {
  const { search, problems } = result;
  const details: EuiDescriptionListProps['listItems'] = [
    { title: text.matchingIndicesTitle, description: list(result.matchingIndices, text.noMatchingIndices) },
    {
      title: text.searchTitle,
      description: (
        <div data-test-subj="ccsSearchStatus">
          {text.searchStatuses[search.status]}
          {search.shards && ` · ${text.shards(search.shards.successful, search.shards.total, search.shards.failed)}`}
        </div>
      ),
    },
    {
      title: text.roleGrantsTitle,
      description: list(
        result.roleGrants.map((grant) => text.roleGrant(grant.privileges.join(', '), grant.names.join(', '))),
        text.noRoleGrants,
      ),
    },
  ];
  return (
    <div data-test-subj="ccsCheckResult">
      <EuiCallOut
        title={
          problems.length === 0
            ? text.okTitle(result.expression)
            : text.problemsTitle(result.expression, problems.length)
        }
        color={problems.length === 0 ? 'success' : 'warning'}
        iconType={problems.length === 0 ? 'check' : 'warning'}
        announceOnMount
        data-test-subj={problems.length === 0 ? 'ccsCheckOk' : 'ccsCheckProblems'}
      >
        <p>{text.checkedAs(result.username)}</p>
      </EuiCallOut>
      <EuiSpacer size="m" />
      <EuiDescriptionList type="column" compressed listItems={details} />
      <EuiSpacer size="m" />
      <CcsProblemList problems={problems} />
    </div>
  );
}
