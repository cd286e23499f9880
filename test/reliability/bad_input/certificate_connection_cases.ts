import { API_ROUTES } from '../../../common/api/api_routes';
import { bodyCases, MISSING, routeKey, withField, type BadInputCase, type BadInputCorpus } from './bad_input_case';
import { BAD_ALIASES, BAD_NAMES, BAD_NAMESPACES } from './hostile_values';

const VALID_CONNECTION = {
  target: { alias: 'logs', namespace: 'search-prod', name: 'logs-prod' },
  choices: {
    exposure: { type: 'LoadBalancer', port: 9300, annotations: {} },
    access: { search: [{ names: ['logs-*'] }] },
  },
};

const CA_FIELD = 'choices.localTransportCa';
const KEY =
  '-----BEGIN PRIVATE KEY-----\nMIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQg\n-----END PRIVATE KEY-----\n';
const GARBLED_CERTIFICATE = '-----BEGIN CERTIFICATE-----\nnot a certificate\n-----END CERTIFICATE-----\n';

/** The certificate model's own fields; the shared ones (exposure, access) are in the API key corpus. */
const connectionCases = (base: unknown): BadInputCase[] => [
  ...bodyCases(base, [
    ...BAD_ALIASES.map(([value, why]): [string, unknown, string] => ['target.alias', value, why]),
    ...BAD_NAMESPACES.map(([value, why]): [string, unknown, string] => ['target.namespace', value, why]),
    ...BAD_NAMES.map(([value, why]): [string, unknown, string] => ['target.name', value, why]),
    [CA_FIELD, KEY, 'a private key instead of the CA'],
    [CA_FIELD, `${GARBLED_CERTIFICATE}${KEY}`, 'a private key pasted after a certificate'],
    [CA_FIELD, 'ca.crt', 'a file name instead of the PEM'],
    [CA_FIELD, GARBLED_CERTIFICATE, 'a certificate block that does not parse'],
    [CA_FIELD, 'x'.repeat(65537), 'a CA over 64 KiB'],
    ['choices.configMapName', 'Remote_Certs', 'a ConfigMap name Kubernetes refuses'],
    ['choices.localTransportTls', 'jks', 'a transport TLS style that does not exist'],
    ['choices.localVerificationMode', 'strict', 'a verification mode that does not exist'],
    ['choices.roleName', 'role with spaces', 'a role name with spaces'],
    ['choices.roleName', '', 'an empty role name'],
    ['choices.exposure.port', 0, 'port 0'],
    ['choices.access', {}, 'access granting nothing'],
    ['choices.access', MISSING, 'no access'],
  ]),
  {
    why: 'a namespace outside the allow-list',
    body: withField(base, 'target.namespace', 'kube-system'),
    field: 'target.namespace',
    code: 'NAMESPACE_NOT_ALLOWED',
  },
];

const VALID_APPLY = { ...VALID_CONNECTION, step: 'trust_local_ca_on_eck' };

export const CERTIFICATE_CONNECTION_CORPUS: BadInputCorpus = {
  [routeKey(API_ROUTES.planCertificateConnection)]: connectionCases(VALID_CONNECTION),
  [routeKey(API_ROUTES.applyCertificateStep)]: [
    ...connectionCases(VALID_APPLY),
    ...bodyCases(VALID_APPLY, [
      ['step', MISSING, 'no step'],
      ['step', 'add_credentials_to_keystore', 'a step of the API key model'],
    ]),
  ],
};
