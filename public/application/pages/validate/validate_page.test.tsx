import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { API_ROUTES } from '../../../../common/api/api_routes';
import type { CcsCheckResponse } from '../../../../common/api/ccs_check';
import { failWith, respondWith, type Responder } from '../../test_helpers/fake_core_start';
import { errorBody } from '../../test_helpers/fixtures';
import { renderAppForTest } from '../../test_helpers/render_app_for_test';

function checkResult(overrides: Partial<CcsCheckResponse> = {}): CcsCheckResponse {
  return {
    alias: 'logs',
    indexPattern: 'logs-*',
    expression: 'logs:logs-*',
    username: 'ccs_user',
    securityModel: null,
    matchingIndices: ['logs:logs-web'],
    search: { status: 'successful', shards: { total: 1, successful: 1, skipped: 0, failed: 0 }, reasons: [] },
    roleGrants: [{ clusters: ['*'], names: ['logs-*'], privileges: ['read', 'view_index_metadata'] }],
    problems: [],
    ...overrides,
  };
}

jest.setTimeout(30_000);

const renderValidate = (check: Responder) =>
  renderAppForTest({ path: '/validate', otherPosts: { [API_ROUTES.ccsCheck.path]: check } });

async function submit(alias: string, indexPattern: string) {
  await userEvent.type(screen.getByTestId('aliasInput'), alias);
  await userEvent.type(screen.getByTestId('indexPatternInput'), indexPattern);
  await userEvent.click(screen.getByTestId('ccsCheckButton'));
}

describe('CCS check page', () => {
  it('names the breadcrumb and checks the alias and pattern given', async () => {
    const { httpPost, setBreadcrumbs } = renderValidate(respondWith(checkResult()));
    expect(setBreadcrumbs).toHaveBeenLastCalledWith([
      expect.objectContaining({ href: '/' }),
      { text: 'Check cross-cluster search' },
    ]);
    await submit('logs', 'logs-*');

    const ok = await screen.findByTestId('ccsCheckOk');
    expect(ok).toHaveTextContent('You can search logs:logs-*');
    expect(ok).toHaveTextContent('Checked as ccs_user.');
    expect(screen.getByText('logs:logs-web')).toBeInTheDocument();
    expect(screen.getByTestId('ccsSearchStatus')).toHaveTextContent('Successful · 1 of 1 shards answered, 0 failed');
    expect(screen.getByText('read, view_index_metadata on logs-*')).toBeInTheDocument();
    expect(httpPost).toHaveBeenCalledWith(
      API_ROUTES.ccsCheck.path,
      expect.objectContaining({ body: JSON.stringify({ alias: 'logs', indexPattern: 'logs-*' }) }),
    );
  });

  it('names a bad field before sending anything', async () => {
    const { httpPost } = renderValidate(respondWith(checkResult()));
    await submit('logs', 'logs-*,other:secrets');
    expect(await screen.findByText(/\[other:secrets\] is not a valid index pattern/)).toBeInTheDocument();
    expect(httpPost).not.toHaveBeenCalled();
  });

  it('shows each problem with who fixes it and the exact fix', async () => {
    renderValidate(
      respondWith(
        checkResult({
          matchingIndices: [],
          search: { status: 'refused', reasons: ['no remote indices privileges apply'] },
          roleGrants: [],
          problems: [
            {
              code: 'role_has_no_remote_indices',
              owner: 'role',
              detail: 'None of your roles has remote_indices for logs.',
              fix: '{ "remote_indices": [ { "clusters": ["logs"] } ] }',
            },
          ],
        }),
      ),
    );
    await submit('logs', 'logs-*');
    expect(await screen.findByTestId('ccsCheckProblems')).toHaveTextContent('1 problem(s) searching logs:logs-*');
    const problem = screen.getByTestId('ccsProblem-role_has_no_remote_indices');
    expect(within(problem).getByTestId('ccsProblemOwner')).toHaveTextContent('Your role');
    expect(within(problem).getByTestId('ccsProblemDetail')).toHaveTextContent('None of your roles');
    expect(within(problem).getByTestId('ccsProblemFix')).toHaveTextContent('"clusters": ["logs"]');
    expect(screen.getByText('None of your roles has any.')).toBeInTheDocument();
    expect(screen.getByTestId('ccsSearchStatus')).toHaveTextContent('Refused');
  });

  it('says what failed when the check itself fails, and checks again once asked', async () => {
    let answer: Responder = failWith(errorBody('ELASTICSEARCH_UNREACHABLE', 'Could not reach Elasticsearch'));
    renderValidate((body) => answer(body));
    await submit('logs', 'logs-*');
    expect(await screen.findByTestId('ccsCheckError')).toHaveTextContent('Could not reach Elasticsearch');

    answer = respondWith(checkResult());
    await userEvent.click(screen.getByTestId('ccsCheckButton'));
    expect(await screen.findByTestId('ccsCheckOk')).toBeInTheDocument();
    expect(screen.queryByTestId('ccsCheckError')).not.toBeInTheDocument();
  });
});
