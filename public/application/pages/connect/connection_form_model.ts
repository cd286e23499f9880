import type { z } from 'zod';
import { apiKeyConnectionRequestSchema, type ApiKeyConnectionRequest } from '../../../../common/api/api_key_connection';
import type { RemoteClusterServerExposure } from '../../../../common/plan/api_key/api_key_steps';
import { strings } from '../../strings';

export type ExposureType = RemoteClusterServerExposure['type'];
export const EXPOSURE_TYPES: readonly ExposureType[] = ['LoadBalancer', 'NodePort', 'address'];

/** The form as typed, every field a string or a switch: also what the URL's query string holds. */
export interface ConnectionFormValues {
  alias: string;
  exposure: ExposureType;
  port: string;
  nodeAddress: string;
  proxyAddress: string;
  indexPatterns: string;
  expiration: string;
  skipUnavailable: boolean;
  replaceExisting: boolean;
}

export type TextField = 'alias' | 'port' | 'nodeAddress' | 'proxyAddress' | 'indexPatterns' | 'expiration';
export type FormErrors = Partial<Record<TextField | 'target', string>>;

export const DEFAULT_LOAD_BALANCER_PORT = '9443';

/** The alias suggested first is the ECK cluster's name, which is often how people refer to it. */
export const defaultFormValues = (name: string): ConnectionFormValues => ({
  alias: name,
  exposure: 'LoadBalancer',
  port: DEFAULT_LOAD_BALANCER_PORT,
  nodeAddress: '',
  proxyAddress: '',
  indexPatterns: '',
  expiration: '',
  skipUnavailable: true,
  replaceExisting: false,
});

export const TEXT_FIELDS: readonly TextField[] = [
  'alias',
  'port',
  'nodeAddress',
  'proxyAddress',
  'indexPatterns',
  'expiration',
];
const QUERY_KEYS = [...TEXT_FIELDS, 'exposure', 'skipUnavailable', 'replaceExisting'] as const;

const isExposureType = (value: string | null): value is ExposureType => EXPOSURE_TYPES.includes(value as ExposureType);

/** Whether the query string holds choices at all (a bare deep link does not). */
export const hasChoicesInQuery = (search: string) => {
  const query = new URLSearchParams(search);
  return QUERY_KEYS.some((key) => query.has(key));
};

export function formValuesFromQuery(search: string, defaults: ConnectionFormValues): ConnectionFormValues {
  const query = new URLSearchParams(search);
  const values = { ...defaults };
  for (const field of TEXT_FIELDS) values[field] = query.get(field) ?? defaults[field];
  const exposure = query.get('exposure');
  if (isExposureType(exposure)) values.exposure = exposure;
  if (query.has('skipUnavailable')) values.skipUnavailable = query.get('skipUnavailable') !== 'false';
  if (query.has('replaceExisting')) values.replaceExisting = query.get('replaceExisting') === 'true';
  return values;
}

/** Only the choices that matter for the chosen exposure go into the URL; never a secret. */
export function formValuesToQuery(values: ConnectionFormValues): string {
  const query = new URLSearchParams({ alias: values.alias, exposure: values.exposure });
  if (values.exposure === 'LoadBalancer') query.set('port', values.port);
  if (values.exposure === 'NodePort') query.set('nodeAddress', values.nodeAddress);
  if (values.exposure === 'address') query.set('proxyAddress', values.proxyAddress);
  query.set('indexPatterns', values.indexPatterns);
  if (values.expiration) query.set('expiration', values.expiration);
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

/** The request's schema decides what is valid; these messages say it in the form's words. */
function messageFor(issue: Issue, patterns: string[]): [TextField | 'target', string] {
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
  // access.search[0].names[index]
  const index = rest[3];
  if (typeof index === 'number') return ['indexPatterns', strings.connect.form.indexPatternInvalid(patterns[index])];
  if (issue.code === 'too_big') return ['indexPatterns', strings.connect.form.indexPatternsTooMany];
  return ['indexPatterns', strings.connect.form.indexPatternsRequired];
}

export interface FormValidation {
  /** The request to send, when every choice is valid. */
  request?: ApiKeyConnectionRequest;
  /** The first problem of each field. */
  errors: FormErrors;
}

export function validateConnectionForm(
  target: { namespace: string; name: string },
  values: ConnectionFormValues,
): FormValidation {
  const patterns = splitIndexPatterns(values.indexPatterns);
  const candidate = {
    target: { alias: values.alias, namespace: target.namespace, name: target.name },
    choices: {
      exposure: exposureOf(values),
      access: { search: [{ names: patterns }] },
      ...(values.expiration.trim() ? { expiration: values.expiration.trim() } : {}),
      skipUnavailable: values.skipUnavailable,
      replaceExisting: values.replaceExisting,
    },
  };
  const parsed = apiKeyConnectionRequestSchema.safeParse(candidate);
  if (parsed.success) return { request: parsed.data, errors: {} };
  const errors: FormErrors = {};
  for (const issue of parsed.error.issues) {
    const [field, message] = messageFor(issue, patterns);
    errors[field] ??= message;
  }
  return { errors };
}
