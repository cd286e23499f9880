import { API_ROUTES } from '../../../common/api/api_routes';
import {
  bodyCases,
  MISSING,
  queryCases,
  routeKey,
  withField,
  type BadInputCase,
  type BadInputCorpus,
} from './bad_input_case';
import { HOSTILE_PEMS, UNPARSABLE_PEMS } from './hostile_pems';
import { BAD_ALIASES, BAD_INDEX_PATTERNS, BAD_NAMES, BAD_NAMESPACES, type HostileValue } from './hostile_values';

const TARGET = { alias: 'logs', namespace: 'search-prod', name: 'logs-prod' };

const at = (path: string, values: HostileValue[]): Array<[string, unknown, string]> =>
  values.map(([value, why]) => [path, value, why]);

const outsideAllowList = (base: unknown, path: string): BadInputCase => ({
  why: 'a namespace outside the allow-list',
  body: withField(base, path, 'kube-system'),
  field: path,
  code: 'NAMESPACE_NOT_ALLOWED',
});

const CERTIFICATE = {
  target: TARGET,
  choices: {
    exposure: { type: 'LoadBalancer', port: 9300, annotations: {} },
    access: { search: [{ names: ['logs-*'] }] },
  },
};

const certificateCases = (base: unknown): BadInputCase[] => [
  ...bodyCases(base, [
    ...at('target.alias', BAD_ALIASES.slice(0, 6)),
    ...at('target.namespace', BAD_NAMESPACES.slice(0, 4)),
    ...at('target.name', BAD_NAMES.slice(0, 4)),
    ...at('choices.localTransportCa', HOSTILE_PEMS),
    ...at('choices.access.search.0.names.0', BAD_INDEX_PATTERNS.slice(0, 4)),
    ['choices.roleName', 'remote logs', 'a space in the role name'],
    ['choices.roleName', '../_security/user/elastic', 'a path in the role name'],
    ['choices.configMapName', 'Remote_CA', 'a ConfigMap name Kubernetes refuses'],
    ['choices.localTransportTls', 'none', 'a transport TLS style that does not exist'],
    ['choices.localVerificationMode', 'off', 'a verification mode that does not exist'],
    ['choices.exposure.port', 0, 'port 0'],
    ['choices.transportPassword', 'x', 'an unknown choice'],
  ]),
  outsideAllowList(base, 'target.namespace'),
];

/** Refused after validation, when the server parses the certificate: still 400, still the field. */
const unparsablePemCases = (base: unknown): BadInputCase[] =>
  bodyCases(base, at('choices.localTransportCa', UNPARSABLE_PEMS));

const ROTATION = { target: TARGET };

/** The routes added with the certificate model, the doctor and the key lifecycle. */
export const LATER_ROUTE_CORPUS: BadInputCorpus = {
  [routeKey(API_ROUTES.planCertificateConnection)]: [
    ...certificateCases(CERTIFICATE),
    ...unparsablePemCases(CERTIFICATE),
  ],
  [routeKey(API_ROUTES.applyCertificateStep)]: [
    ...certificateCases({ ...CERTIFICATE, step: 'expose_transport' }),
    ...bodyCases({ ...CERTIFICATE, step: 'expose_transport' }, [
      ['step', 'create_api_key', 'a step of the other model'],
      ['step', MISSING, 'no step'],
    ]),
  ],
  [routeKey(API_ROUTES.caWatch)]: [
    { why: 'an unknown parameter', query: { namespace: 'search-prod' }, field: 'namespace' },
    { why: 'a warning window the route does not take', query: { warningDays: '1' }, field: 'warningDays' },
  ],
  [routeKey(API_ROUTES.listManagedKeys)]: [
    { why: 'an unknown parameter', query: { alias: 'logs' }, field: 'alias' },
    { why: 'a request for the secrets', query: { with_secrets: 'true' }, field: 'with_secrets' },
  ],
  [routeKey(API_ROUTES.planKeyRotation)]: [
    ...bodyCases(ROTATION, [
      ...at('target.alias', BAD_ALIASES.slice(0, 4)),
      ...at('target.namespace', BAD_NAMESPACES.slice(0, 3)),
      ...at('target.name', BAD_NAMES.slice(0, 3)),
      ['expiration', '1 year', 'an expiration that is not a duration'],
      ['target', MISSING, 'no target'],
      ['access', { search: [{ names: ['*'] }] }, 'new access smuggled into a rotation'],
    ]),
    outsideAllowList(ROTATION, 'target.namespace'),
  ],
  [routeKey(API_ROUTES.applyKeyRotationStep)]: [
    ...bodyCases({ ...ROTATION, step: 'create_new_key' }, [
      ['step', 'invalidate_all_keys', 'a step that does not exist'],
      ['step', MISSING, 'no step'],
      ['target.alias', 'logs:prod', "an alias with ':'"],
      ['target.namespace', '../kube-system', 'path traversal in the namespace'],
    ]),
    outsideAllowList({ ...ROTATION, step: 'create_new_key' }, 'target.namespace'),
  ],
  [routeKey(API_ROUTES.invalidateOrphanKey)]: [
    ...bodyCases({ namespace: 'search-prod', name: 'logs-prod', id: 'VuaCfGcBCdbkQm-e5aOx' }, [
      ['id', '', 'an empty key id'],
      ['id', 'a'.repeat(65), 'a key id of 65 characters'],
      ['id', 'VuaCfGcB/../_all', 'a path in the key id'],
      ['id', ['a', 'b'], 'several ids at once'],
      ['id', MISSING, 'no key id'],
      ['namespace', 'Search', 'upper case in the namespace'],
      ['name', 'logs-prod/x', "a '/' in the name"],
      ['owner', 'elastic', 'an unknown field'],
    ]),
    outsideAllowList({ namespace: 'search-prod', name: 'logs-prod', id: 'VuaCfGcBCdbkQm-e5aOx' }, 'namespace'),
  ],
  [routeKey(API_ROUTES.diagnoseRemote)]: [
    ...queryCases({ alias: 'logs' }, [
      ...at('alias', BAD_ALIASES.filter(([value]) => typeof value === 'string' && value !== '').slice(0, 5)),
      ['alias', MISSING, 'no alias'],
      ['namespace', 'search-prod', 'a namespace without a name', 'name'],
      ['index', '_all', "an index pattern starting with '_'"],
      ['index', 'other:logs-*', 'an index pattern reaching another cluster'],
      ['host', '169.254.169.254', 'a host to probe (probes dial only configured addresses)'],
      ['port', '22', 'a port to probe'],
    ]),
    {
      why: 'a namespace outside the allow-list',
      query: { alias: 'logs', namespace: 'kube-system', name: 'logs-prod' },
      field: 'namespace',
      code: 'NAMESPACE_NOT_ALLOWED',
    },
  ],
};
