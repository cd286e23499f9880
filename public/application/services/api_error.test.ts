import { isPermissionDenied, toApiError, type ApiError } from './api_error';

const httpError = (body: unknown) => Object.assign(new Error('Request failed'), { name: 'HttpFetchError', body });

describe('toApiError', () => {
  it.each([
    {
      case: 'a catalogue error: the catalogue title, the server message and fix',
      error: httpError({
        statusCode: 400,
        error: 'Bad Request',
        message: 'namespace "prod" is not allowed',
        attributes: { code: 'NAMESPACE_NOT_ALLOWED', fix: 'Add prod to the allow-list.', field: 'namespace' },
      }),
      expected: {
        statusCode: 400,
        code: 'NAMESPACE_NOT_ALLOWED',
        title: 'This namespace is not in the allow-list',
        message: 'namespace "prod" is not allowed',
        fix: 'Add prod to the allow-list.',
        field: 'namespace',
      },
    },
    {
      case: "Kibana's own 403 (no attributes): the catalogue's FORBIDDEN",
      error: httpError({ statusCode: 403, error: 'Forbidden', message: 'unauthorized for user' }),
      expected: {
        statusCode: 403,
        code: 'FORBIDDEN',
        title: 'You are not allowed to do this',
        message: 'unauthorized for user',
        fix: 'Ask an administrator for the ECK remote clusters Kibana privilege this action needs.',
      },
    },
    {
      case: "Kibana's own error with any other status: a generic title, no fix",
      error: httpError({ statusCode: 404, error: 'Not Found', message: 'Not Found' }),
      expected: { statusCode: 404, code: undefined, title: 'The request failed', message: 'Not Found', fix: undefined },
    },
    {
      case: 'a code the catalogue does not know: no code, no invented title',
      error: httpError({
        statusCode: 500,
        error: 'x',
        message: 'boom',
        attributes: { code: 'NEW_CODE', fix: 'Do y.' },
      }),
      expected: { statusCode: 500, code: undefined, title: 'The request failed', message: 'boom', fix: 'Do y.' },
    },
    {
      case: 'no response at all: the error message',
      error: new TypeError('Failed to fetch'),
      expected: { title: 'The request failed', message: 'Failed to fetch' },
    },
    {
      case: 'something that is not an Error',
      error: 'nope',
      expected: {
        title: 'The request failed',
        message: 'Kibana did not answer. Check your network connection and try again.',
      },
    },
  ])('$case', ({ error, expected }) => {
    expect(toApiError(error)).toEqual(expected);
  });
});

describe('isPermissionDenied', () => {
  const error = (overrides: Partial<ApiError>): ApiError => ({ title: 't', message: 'm', ...overrides });

  it.each([
    { error: error({ statusCode: 403 }), denied: true },
    { error: error({ statusCode: 403, code: 'ELASTICSEARCH_FORBIDDEN' }), denied: true },
    { error: error({ statusCode: 502, code: 'KUBERNETES_FORBIDDEN' }), denied: true },
    { error: error({ statusCode: 403, code: 'FORBIDDEN' }), denied: true },
    { error: error({ statusCode: 502, code: 'KUBERNETES_UNAUTHORIZED' }), denied: false },
    { error: error({ statusCode: 401, code: 'ELASTICSEARCH_UNAUTHORIZED' }), denied: false },
    { error: error({}), denied: false },
  ])('$error.statusCode $error.code → $denied', ({ error: apiError, denied }) => {
    expect(isPermissionDenied(apiError)).toBe(denied);
  });
});
