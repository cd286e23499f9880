import type { CcsProblemOwner, CcsSearchStatus } from '../../../../common/api/ccs_check';
import { i18n } from '../../i18n';

const ID = 'eckRemoteClusters.validate';

/** The CCS check page: can I search `<alias>:<pattern>`, and if not, who fixes what. */
export const validateStrings = {
  breadcrumb: i18n.translate(`${ID}.breadcrumb`, { defaultMessage: 'Check cross-cluster search' }),
  pageTitle: i18n.translate(`${ID}.pageTitle`, { defaultMessage: 'Check cross-cluster search' }),
  pageDescription: i18n.translate(`${ID}.pageDescription`, {
    defaultMessage:
      'Can you search an index pattern on a remote cluster? The check runs with your own privileges: it lists the indices you can see, runs a search of size 0 and says who has to change what when something is missing.',
  }),
  openFromOverview: i18n.translate(`${ID}.openFromOverview`, { defaultMessage: 'Check cross-cluster search' }),
  aliasLabel: i18n.translate(`${ID}.aliasLabel`, { defaultMessage: 'Remote cluster alias' }),
  aliasHelp: i18n.translate(`${ID}.aliasHelp`, { defaultMessage: 'As in a search: the part before the colon.' }),
  patternLabel: i18n.translate(`${ID}.patternLabel`, { defaultMessage: 'Index pattern' }),
  patternHelp: i18n.translate(`${ID}.patternHelp`, {
    defaultMessage: 'One or more index names or patterns on the remote, separated by commas, e.g. logs-*.',
  }),
  checkButton: i18n.translate(`${ID}.checkButton`, { defaultMessage: 'Check' }),
  checking: i18n.translate(`${ID}.checking`, { defaultMessage: 'Checking' }),
  okTitle: (expression: string) =>
    i18n.translate(`${ID}.okTitle`, { defaultMessage: 'You can search {expression}', values: { expression } }),
  problemsTitle: (expression: string, count: number) =>
    i18n.translate(`${ID}.problemsTitle`, {
      defaultMessage: '{count} problem(s) searching {expression}',
      values: { expression, count },
    }),
  checkedAs: (username: string) =>
    i18n.translate(`${ID}.checkedAs`, { defaultMessage: 'Checked as {username}.', values: { username } }),
  matchingIndicesTitle: i18n.translate(`${ID}.matchingIndicesTitle`, { defaultMessage: 'Matching indices' }),
  noMatchingIndices: i18n.translate(`${ID}.noMatchingIndices`, {
    defaultMessage: 'None that you can see.',
  }),
  searchTitle: i18n.translate(`${ID}.searchTitle`, { defaultMessage: 'Search of size 0 on the remote' }),
  shards: (successful: number, total: number, failed: number) =>
    i18n.translate(`${ID}.shards`, {
      defaultMessage: '{successful} of {total} shards answered, {failed} failed',
      values: { successful, total, failed },
    }),
  roleGrantsTitle: i18n.translate(`${ID}.roleGrantsTitle`, {
    defaultMessage: 'Your remote_indices for this alias',
  }),
  noRoleGrants: i18n.translate(`${ID}.noRoleGrants`, { defaultMessage: 'None of your roles has any.' }),
  roleGrant: (privileges: string, names: string) =>
    i18n.translate(`${ID}.roleGrant`, { defaultMessage: '{privileges} on {names}', values: { privileges, names } }),
  fixLabel: i18n.translate(`${ID}.fixLabel`, { defaultMessage: 'Fix' }),
  searchStatuses: {
    successful: i18n.translate(`${ID}.search.successful`, { defaultMessage: 'Successful' }),
    partial: i18n.translate(`${ID}.search.partial`, { defaultMessage: 'Partial' }),
    skipped: i18n.translate(`${ID}.search.skipped`, { defaultMessage: 'Skipped' }),
    running: i18n.translate(`${ID}.search.running`, { defaultMessage: 'Running' }),
    failed: i18n.translate(`${ID}.search.failed`, { defaultMessage: 'Failed' }),
    refused: i18n.translate(`${ID}.search.refused`, { defaultMessage: 'Refused' }),
  } satisfies Record<CcsSearchStatus, string>,
  owners: {
    role: i18n.translate(`${ID}.owner.role`, { defaultMessage: 'Your role' }),
    api_key: i18n.translate(`${ID}.owner.apiKey`, { defaultMessage: 'Cross-cluster API key' }),
    remote_role: i18n.translate(`${ID}.owner.remoteRole`, { defaultMessage: 'Role on the remote' }),
    connection: i18n.translate(`${ID}.owner.connection`, { defaultMessage: 'Connection' }),
    indices: i18n.translate(`${ID}.owner.indices`, { defaultMessage: 'Indices' }),
  } satisfies Record<CcsProblemOwner, string>,
};
