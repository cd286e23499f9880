import { API_ROUTES } from '../../../common/api/api_routes';
import { MISSING, queryCases, routeKey, type BadInputCorpus } from './bad_input_case';
import { BAD_NAMES, BAD_NAMESPACES } from './hostile_values';

/** Namespaces as query parameters are strings: only the string values of the shared list apply. */
const stringValues = (values: typeof BAD_NAMESPACES) => values.filter(([value]) => typeof value === 'string');

const EVENTS = { namespace: 'search-prod', name: 'logs-prod' };

/** The routes that only read: their query parameters. */
export const READ_ROUTE_CORPUS: BadInputCorpus = {
  [routeKey(API_ROUTES.listEckClusters)]: [
    ...queryCases(
      {},
      stringValues(BAD_NAMESPACES)
        .filter(([value]) => value !== '')
        .map(([value, why]) => ['namespace', value, why]),
    ),
    { why: 'the namespace twice', query: { namespace: ['search-prod', 'search-ops'] }, field: 'namespace' },
    { why: 'a label selector the route does not take', query: { labelSelector: 'app=x' }, field: 'labelSelector' },
    { why: 'a watch parameter', query: { watch: 'true' }, field: 'watch' },
    {
      why: 'a namespace outside the allow-list',
      query: { namespace: 'kube-system' },
      field: 'namespace',
      code: 'NAMESPACE_NOT_ALLOWED',
    },
  ],
  [routeKey(API_ROUTES.localCluster)]: [
    { why: 'an unknown parameter', query: { pretty: 'true' }, field: 'pretty' },
    { why: 'a filter_path passed through', query: { filter_path: 'remotes.*' }, field: 'filter_path' },
    { why: 'an alias parameter the route does not take', query: { alias: 'logs' }, field: 'alias' },
  ],
  [routeKey(API_ROUTES.connectionEvents)]: [
    ...queryCases(EVENTS, [
      ['namespace', MISSING, 'no namespace'],
      ['name', MISSING, 'no name'],
      ...stringValues(BAD_NAMESPACES)
        .slice(0, 4)
        .map(([value, why]): [string, unknown, string] => ['namespace', value, why]),
      ...stringValues(BAD_NAMES)
        .slice(0, 4)
        .map(([value, why]): [string, unknown, string] => ['name', value, why]),
      ['name', ['logs-prod', 'metrics-prod'], 'the name twice'],
      ['resourceVersion', '1', 'a resourceVersion the route does not take'],
      ['namespace', 'kube-system', 'a namespace outside the allow-list'],
    ]).map((entry) =>
      entry.query?.namespace === 'kube-system' ? { ...entry, code: 'NAMESPACE_NOT_ALLOWED' as const } : entry,
    ),
  ],
};
