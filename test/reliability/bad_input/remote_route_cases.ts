import { API_ROUTES } from '../../../common/api/api_routes';
import { bodyCases, MISSING, queryCases, routeKey, type BadInputCorpus } from './bad_input_case';
import { BAD_ALIASES, BAD_INDEX_PATTERNS } from './hostile_values';

const aliasCases = BAD_ALIASES.map(([value, why]): [string, unknown, string] => ['alias', value, why]);

/** The routes about the local cluster's remotes: status, reconnect, the CCS check. */
export const REMOTE_ROUTE_CORPUS: BadInputCorpus = {
  [routeKey(API_ROUTES.remoteStatus)]: queryCases({}, [
    ['timeoutMs', 'soon', 'a timeout that is not a number'],
    ['timeoutMs', '10', 'a timeout under the minimum'],
    ['timeoutMs', '3600000', 'a timeout of an hour'],
    ['timeoutMs', '1500.5', 'a fractional timeout'],
    ['alias', 'logs', 'an unknown parameter'],
  ]),
  [routeKey(API_ROUTES.reconnectRemote)]: bodyCases({ alias: 'logs' }, [
    ...aliasCases.slice(0, 8),
    ['alias', MISSING, 'no alias'],
    ['timeoutMs', 10, 'a timeout under the minimum'],
    ['timeoutMs', 'forever', 'a timeout that is not a number'],
    ['seeds', ['evil.example:9300'], 'seeds smuggled into a reconnect'],
  ]),
  [routeKey(API_ROUTES.ccsCheck)]: bodyCases({ alias: 'logs', indexPattern: 'logs-*' }, [
    ...aliasCases.slice(0, 6),
    // A comma-separated list is how the check takes several patterns: every other hostile pattern applies.
    ...BAD_INDEX_PATTERNS.filter(([value]) => !String(value).includes(',')).map(
      ([value, why]): [string, unknown, string] => ['indexPattern', value, why],
    ),
    ['indexPattern', 'other:logs-*', "a ':' reaching another cluster"],
    ['indexPattern', '_all', "a pattern starting with '_'"],
    ['indexPattern', '-logs-*', 'an exclusion'],
    ['indexPattern', Array(21).fill('a').join(','), '21 patterns'],
    ['indexPattern', MISSING, 'no index pattern'],
    ['username', 'elastic', 'another user to check as'],
  ]),
};
