import { API_ROUTES } from '../../../common/api/api_routes';
import {
  bodyCases,
  MISSING,
  withField,
  routeKey,
  type BadInputCase,
  type BadInputCorpus,
  type FieldCase,
} from './bad_input_case';
import { BAD_ALIASES, BAD_INDEX_PATTERNS, BAD_NAMES, BAD_NAMESPACES, type HostileValue } from './hostile_values';

const VALID_CONNECTION = {
  target: { alias: 'logs', namespace: 'search-prod', name: 'logs-prod' },
  choices: {
    exposure: { type: 'LoadBalancer', port: 9443, annotations: {} },
    access: { search: [{ names: ['logs-*'] }] },
  },
};

const fieldCases = (path: string, values: HostileValue[]): FieldCase[] =>
  values.map(([value, why]) => [path, value, why]);

const PATTERN = 'choices.access.search.0.names.0';

/** Every way the connection request (target and choices) is refused, for the plan and the apply alike. */
const connectionCases = (base: unknown): BadInputCase[] => [
  ...bodyCases(base, [
    ...fieldCases('target.alias', BAD_ALIASES),
    ...fieldCases('target.namespace', BAD_NAMESPACES),
    ...fieldCases('target.name', BAD_NAMES),
    ...fieldCases(PATTERN, BAD_INDEX_PATTERNS),
    ['target', MISSING, 'no target'],
    ['target.kind', 'Secret', 'an unknown field in the target'],
    ['choices.exposure.type', 'ExternalName', 'an exposure type that does not exist', 'choices.exposure.type'],
    ['choices.exposure.port', 0, 'port 0'],
    ['choices.exposure.port', 65536, 'a port above 65535'],
    ['choices.exposure.port', '9443', 'the port as a string'],
    ['choices.exposure.port', 9443.5, 'a fractional port'],
    [
      'choices.exposure.annotations',
      { 'bad key!': 'x' },
      'an annotation key Kubernetes refuses',
      'choices.exposure.annotations.bad key!',
    ],
    [
      'choices.exposure.annotations',
      { 'example.com/lb': 'x'.repeat(1025) },
      'an annotation value over 1 KiB',
      'choices.exposure.annotations.example.com/lb',
    ],
    ['choices.exposure.loadBalancerIP', '203.0.113.7', 'an unknown exposure field'],
    [
      'choices.exposure',
      { type: 'NodePort', nodeAddress: 'evil.example:22/x' },
      'a node address with a port and path',
      'choices.exposure.nodeAddress',
    ],
    [
      'choices.exposure',
      { type: 'address', proxyAddress: 'no-port' },
      'a proxy address without a port',
      'choices.exposure.proxyAddress',
    ],
    [
      'choices.exposure',
      { type: 'address', proxyAddress: 'lb.example:70000' },
      'a proxy port above 65535',
      'choices.exposure.proxyAddress',
    ],
    [
      'choices.exposure',
      { type: 'address', proxyAddress: 'lb.example:9443/admin' },
      'a path after the proxy port',
      'choices.exposure.proxyAddress',
    ],
    ['choices.access', {}, 'access granting nothing'],
    ['choices.access', { search: [] }, 'an empty search list'],
    ['choices.access.search.0.names', [], 'no index pattern'],
    ['choices.access.search.0.names', 'logs-*', 'a pattern list given as a string'],
    ['choices.access.search.0.names', Array(101).fill('logs-*'), '101 index patterns'],
    ['choices.access.search', Array(21).fill({ names: ['logs-*'] }), '21 search entries'],
    ['choices.access.search.0.query', 'match_all', 'a query given as a string'],
    [
      'choices.access.search.0.field_security',
      { grant: '*' },
      'field security grant given as a string',
      'choices.access.search.0.field_security.grant',
    ],
    ['choices.access.search.0.allow_restricted_indices', 'yes', 'restricted indices as a string'],
    ['choices.access.search.0.privileges', ['all'], 'privileges the key format does not take'],
    ['choices.access.cluster', ['manage_security'], 'cluster privileges smuggled into the access'],
    [
      'choices.access.replication',
      [{ names: ['.security*'], privileges: ['all'] }],
      'an unknown replication field',
      'choices.access.replication.0.privileges',
    ],
    ['choices.expiration', '30 days', 'an expiration that is not a duration'],
    ['choices.expiration', '-1d', 'a negative expiration'],
    ['choices.expiration', 30, 'an expiration as a number'],
    ['choices.skipUnavailable', 'true', 'skipUnavailable as a string'],
    ['choices.proxySocketConnections', 0, 'zero proxy socket connections'],
    ['choices.proxySocketConnections', 1025, 'more than 1024 proxy socket connections'],
    ['choices.replaceExisting', 'yes', 'replaceExisting as a string'],
    ['choices.dryRun', true, 'an unknown choice'],
    ['debug', true, 'an unknown top-level field'],
  ]),
  { why: 'an array as the body', body: [VALID_CONNECTION], field: 'body' },
  { why: 'a string as the body', body: 'target=logs', field: 'body' },
  {
    why: 'a namespace outside the allow-list',
    body: withField(base, 'target.namespace', 'kube-system'),
    field: 'target.namespace',
    code: 'NAMESPACE_NOT_ALLOWED',
  },
  { why: 'an unknown query parameter', query: { step: 'configure_remote' }, body: base, field: 'step' },
];

const VALID_APPLY = { ...VALID_CONNECTION, step: 'configure_remote' };

export const API_KEY_CONNECTION_CORPUS: BadInputCorpus = {
  [routeKey(API_ROUTES.planApiKeyConnection)]: connectionCases(VALID_CONNECTION),
  [routeKey(API_ROUTES.applyApiKeyStep)]: [
    ...connectionCases(VALID_APPLY),
    ...bodyCases(VALID_APPLY, [
      ['step', MISSING, 'no step'],
      ['step', 'delete_cluster', 'a step that does not exist'],
      ['step', 'configure_remote; rm -rf /', 'shell injection in the step'],
      ['step', 3, 'the step as a number'],
    ]),
  ],
};
