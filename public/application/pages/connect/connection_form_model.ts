import type { z } from 'zod';
import { apiKeyConnectionRequestSchema, type ApiKeyConnectionRequest } from '../../../../common/api/api_key_connection';
import {
  certificateConnectionRequestSchema,
  type CertificateConnectionRequest,
} from '../../../../common/api/certificate_connection';
import type { RemoteClusterServerExposure } from '../../../../common/plan/api_key/api_key_steps';
import {
  LOCAL_TRANSPORT_TLS_STYLES,
  TRANSPORT_VERIFICATION_MODES,
  type LocalTransportTlsStyle,
  type TransportVerificationMode,
} from '../../../../common/plan/certificate/certificate_steps';
import type { SecurityModelMode } from '../../../../common/plan/plan_types';
import { strings } from '../../strings';
import type { SubmittedConnection } from './connection_model';

export type ExposureType = RemoteClusterServerExposure['type'];
export const EXPOSURE_TYPES: readonly ExposureType[] = ['LoadBalancer', 'NodePort', 'address'];
export const SECURITY_MODELS: readonly SecurityModelMode[] = ['api_key', 'certificate'];

/** `''`: let the server find out from the node APIs. */
export type LocalTransportTlsChoice = '' | LocalTransportTlsStyle;
export type VerificationModeChoice = '' | TransportVerificationMode;
export const TLS_STYLE_CHOICES: readonly LocalTransportTlsChoice[] = ['', ...LOCAL_TRANSPORT_TLS_STYLES];
export const VERIFICATION_MODE_CHOICES: readonly VerificationModeChoice[] = ['', ...TRANSPORT_VERIFICATION_MODES];

/**
 * The form as typed, every field a string or a switch: also what the URL's query string holds.
 * The local transport CA is not here: it never goes into the URL (see `CertificateSecrets`).
 */
export interface ConnectionFormValues {
  model: SecurityModelMode;
  alias: string;
  exposure: ExposureType;
  port: string;
  nodeAddress: string;
  proxyAddress: string;
  indexPatterns: string;
  expiration: string;
  roleName: string;
  localTransportTls: LocalTransportTlsChoice;
  localVerificationMode: VerificationModeChoice;
  skipUnavailable: boolean;
  replaceExisting: boolean;
}

/** What the certificate model sends but the URL never holds: pasted text that stays in React state. */
export interface CertificateSecrets {
  localTransportCa: string;
}

export type TextField = 'alias' | 'port' | 'nodeAddress' | 'proxyAddress' | 'indexPatterns' | 'expiration' | 'roleName';
export type FormErrors = Partial<Record<TextField | 'target' | 'localTransportCa', string>>;

/** The port each model's load balancer listens on by default: the remote cluster server's, or transport's. */
export const DEFAULT_LOAD_BALANCER_PORTS: Record<SecurityModelMode, string> = { api_key: '9443', certificate: '9300' };
export const DEFAULT_LOAD_BALANCER_PORT = DEFAULT_LOAD_BALANCER_PORTS.api_key;

/** The alias suggested first is the ECK cluster's name, which is often how people refer to it. */
export const defaultFormValues = (name: string): ConnectionFormValues => ({
  model: 'api_key',
  alias: name,
  exposure: 'LoadBalancer',
  port: DEFAULT_LOAD_BALANCER_PORT,
  nodeAddress: '',
  proxyAddress: '',
  indexPatterns: '',
  expiration: '',
  roleName: '',
  localTransportTls: '',
  localVerificationMode: '',
  skipUnavailable: true,
  replaceExisting: false,
});

/** Another model keeps every choice; a port still at one model's default moves to the other's. */
export function withModel(values: ConnectionFormValues, model: SecurityModelMode): ConnectionFormValues {
  const port =
    values.port === DEFAULT_LOAD_BALANCER_PORTS[values.model] ? DEFAULT_LOAD_BALANCER_PORTS[model] : values.port;
  return { ...values, model, port };
}

export const TEXT_FIELDS: readonly TextField[] = [
  'alias',
  'port',
  'nodeAddress',
  'proxyAddress',
  'indexPatterns',
  'expiration',
  'roleName',
];
const QUERY_KEYS = [
  ...TEXT_FIELDS,
  'model',
  'exposure',
  'localTransportTls',
  'localVerificationMode',
  'skipUnavailable',
  'replaceExisting',
] as const;

const oneOf =
  <T extends string>(choices: readonly T[]) =>
  (value: string | null): value is T =>
    value !== null && choices.includes(value as T);
const isExposureType = oneOf(EXPOSURE_TYPES);
const isModel = oneOf(SECURITY_MODELS);
const isTlsStyle = oneOf(TLS_STYLE_CHOICES);
const isVerificationMode = oneOf(VERIFICATION_MODE_CHOICES);

/** Whether the query string holds choices at all (a bare deep link does not). */
export const hasChoicesInQuery = (search: string) => {
  const query = new URLSearchParams(search);
  return QUERY_KEYS.some((key) => query.has(key));
};

export function formValuesFromQuery(search: string, defaults: ConnectionFormValues): ConnectionFormValues {
  const query = new URLSearchParams(search);
  const model = query.get('model');
  const values = isModel(model) ? withModel(defaults, model) : { ...defaults };
  for (const field of TEXT_FIELDS) values[field] = query.get(field) ?? values[field];
  const [exposure, tls, verification] = ['exposure', 'localTransportTls', 'localVerificationMode'].map((key) =>
    query.get(key),
  );
  if (isExposureType(exposure)) values.exposure = exposure;
  if (isTlsStyle(tls)) values.localTransportTls = tls;
  if (isVerificationMode(verification)) values.localVerificationMode = verification;
  if (query.has('skipUnavailable')) values.skipUnavailable = query.get('skipUnavailable') !== 'false';
  if (query.has('replaceExisting')) values.replaceExisting = query.get('replaceExisting') === 'true';
  return values;
}

/** Only the choices that matter for the chosen exposure go into the URL; never a secret. */
export function formValuesToQuery(values: ConnectionFormValues): string {
  // The API key model is the default: its links stay as they were before there was a choice.
  const query = new URLSearchParams(values.model === 'certificate' ? { model: values.model } : {});
  query.set('alias', values.alias);
  query.set('exposure', values.exposure);
  if (values.exposure === 'LoadBalancer') query.set('port', values.port);
  if (values.exposure === 'NodePort') query.set('nodeAddress', values.nodeAddress);
  if (values.exposure === 'address') query.set('proxyAddress', values.proxyAddress);
  query.set('indexPatterns', values.indexPatterns);
  if (values.model === 'api_key' && values.expiration) query.set('expiration', values.expiration);
  if (values.model === 'certificate') {
    if (values.roleName) query.set('roleName', values.roleName);
    if (values.localTransportTls) query.set('localTransportTls', values.localTransportTls);
    if (values.localVerificationMode) query.set('localVerificationMode', values.localVerificationMode);
  }
  query.set('skipUnavailable', String(values.skipUnavailable));
  query.set('replaceExisting', String(values.replaceExisting));
  return `?${query}`;
}

export const splitIndexPatterns = (text: string) =>
  text
    .split(',')
    .map((pattern) => pattern.trim())
    .filter((pattern) => pattern.length > 0);

/** Digits only: `Number('')` is 0 and `Number('1e3')` is 1000, neither of which the user typed. */
const parsePort = (text: string) => (/^\d{1,5}$/.test(text.trim()) ? Number(text.trim()) : Number.NaN);

function exposureOf(values: ConnectionFormValues) {
  switch (values.exposure) {
    case 'LoadBalancer':
      return { type: values.exposure, port: parsePort(values.port), annotations: {} };
    case 'NodePort':
      return { type: values.exposure, nodeAddress: values.nodeAddress.trim() };
    case 'address':
      return { type: values.exposure, proxyAddress: values.proxyAddress.trim() };
  }
}

type Issue = z.core.$ZodIssue;

/** The schema checks the CA's shape only (the server parses it); each refusal in the form's words. */
function caMessage(issue: Issue): string {
  if (/private key/.test(issue.message)) return strings.connect.certificate.caPrivateKey;
  if (issue.code === 'too_big') return strings.connect.certificate.caTooLarge;
  return strings.connect.certificate.caNotPem;
}

/** The request's schema decides what is valid; these messages say it in the form's words. */
function messageFor(issue: Issue, patterns: string[]): [keyof FormErrors, string] {
  const [part, field, ...rest] = issue.path;
  if (part === 'target') {
    if (field !== 'alias') return ['target', strings.connect.form.invalidTarget];
    if (issue.code === 'too_small') return ['alias', strings.connect.form.aliasRequired];
    if (issue.code === 'too_big') return ['alias', strings.connect.form.aliasTooLong];
    return ['alias', strings.connect.form.aliasInvalid];
  }
  if (field === 'exposure') {
    if (rest[0] === 'nodeAddress') return ['nodeAddress', strings.connect.form.nodeAddressInvalid];
    if (rest[0] === 'proxyAddress') return ['proxyAddress', strings.connect.form.proxyAddressInvalid];
    return ['port', strings.connect.form.portInvalid];
  }
  if (field === 'expiration') return ['expiration', strings.connect.form.expirationInvalid];
  if (field === 'localTransportCa') return ['localTransportCa', caMessage(issue)];
  if (field === 'roleName') return ['roleName', strings.connect.certificate.roleNameInvalid];
  // access.search[0].names[index]
  const index = rest[3];
  if (typeof index === 'number') return ['indexPatterns', strings.connect.form.indexPatternInvalid(patterns[index])];
  if (issue.code === 'too_big') return ['indexPatterns', strings.connect.form.indexPatternsTooMany];
  return ['indexPatterns', strings.connect.form.indexPatternsRequired];
}

export interface FormValidation<TRequest = ApiKeyConnectionRequest> {
  /** The request to send, when every choice is valid. */
  request?: TRequest;
  /** The first problem of each field. */
  errors: FormErrors;
}

type Target = { namespace: string; name: string };

function validate<TRequest>(
  schema: z.ZodType<TRequest>,
  candidate: unknown,
  patterns: string[],
): FormValidation<TRequest> {
  const parsed = schema.safeParse(candidate);
  if (parsed.success) return { request: parsed.data, errors: {} };
  const errors: FormErrors = {};
  for (const issue of parsed.error.issues) {
    const [field, message] = messageFor(issue, patterns);
    errors[field] ??= message;
  }
  return { errors };
}

/** What both models send alike. */
function commonChoices(values: ConnectionFormValues, patterns: string[]) {
  return {
    exposure: exposureOf(values),
    access: { search: [{ names: patterns }] },
    skipUnavailable: values.skipUnavailable,
    replaceExisting: values.replaceExisting,
  };
}

const targetOf = (target: Target, values: ConnectionFormValues) => ({
  alias: values.alias,
  namespace: target.namespace,
  name: target.name,
});

export function validateConnectionForm(target: Target, values: ConnectionFormValues): FormValidation {
  const patterns = splitIndexPatterns(values.indexPatterns);
  const expiration = values.expiration.trim();
  return validate(
    apiKeyConnectionRequestSchema,
    {
      target: targetOf(target, values),
      choices: { ...commonChoices(values, patterns), ...(expiration ? { expiration } : {}) },
    },
    patterns,
  );
}

/** Optional choices are sent only when given: the server then finds out, or uses its default. */
export function validateCertificateForm(
  target: Target,
  values: ConnectionFormValues,
  { localTransportCa }: CertificateSecrets,
): FormValidation<CertificateConnectionRequest> {
  const patterns = splitIndexPatterns(values.indexPatterns);
  const roleName = values.roleName.trim();
  const optional = {
    ...(localTransportCa.trim() ? { localTransportCa } : {}),
    ...(roleName ? { roleName } : {}),
    ...(values.localTransportTls ? { localTransportTls: values.localTransportTls } : {}),
    ...(values.localVerificationMode ? { localVerificationMode: values.localVerificationMode } : {}),
  };
  return validate(
    certificateConnectionRequestSchema,
    { target: targetOf(target, values), choices: { ...commonChoices(values, patterns), ...optional } },
    patterns,
  );
}

/** The choices of the chosen model, validated, and the connection to plan when they are valid. */
export function validateChoices(
  target: Target,
  values: ConnectionFormValues,
  secrets: CertificateSecrets,
): { submitted?: SubmittedConnection; errors: FormErrors } {
  if (values.model === 'certificate') {
    const { request, errors } = validateCertificateForm(target, values, secrets);
    return { errors, ...(request ? { submitted: { model: 'certificate', request } } : {}) };
  }
  const { request, errors } = validateConnectionForm(target, values);
  return { errors, ...(request ? { submitted: { model: 'api_key', request } } : {}) };
}
