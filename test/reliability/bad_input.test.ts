import { SCENARIO_OPERATORS } from '../../dev/sandbox/scenario';
import { ROUTES } from '../../server/routes';
import { sendHostRequest } from '../support/host_request';
import { sandboxActivity } from '../support/sandbox_activity';
import { scannedSandboxHosts } from '../support/sandbox_hosts';
import { routeKey, type BadInputCase } from './bad_input/bad_input_case';
import { BAD_INPUT_CORPUS } from './bad_input/bad_input_corpus';

jest.setTimeout(60_000);

const routesByKey = new Map(ROUTES.map((route) => [routeKey(route), route]));
const cases: Array<[string, string, BadInputCase]> = Object.entries(BAD_INPUT_CORPUS).flatMap(([key, entries]) =>
  entries.map((entry): [string, string, BadInputCase] => [key, entry.why, entry]),
);

describe('bad input corpus: the corpus itself', () => {
  it.each(ROUTES.map((route) => [routeKey(route)]))('%s has malformed requests in the corpus', (key) => {
    expect(BAD_INPUT_CORPUS[key]?.length ?? 0).toBeGreaterThan(0);
  });

  it('names only routes that exist, and holds at least 100 requests', () => {
    expect(Object.keys(BAD_INPUT_CORPUS).filter((key) => !routesByKey.has(key))).toEqual([]);
    expect(cases.length).toBeGreaterThanOrEqual(100);
  });
});

/**
 * Every malformed request, as the `admin` user (who may change things, so authorization is not
 * what refuses it): 400 naming the field, and the sandbox's logs show nothing was asked of
 * Kubernetes or of any ECK cluster, and nothing written to the local cluster.
 */
describe('bad input corpus: each request is refused, naming the field, before any side effect', () => {
  const suite = scannedSandboxHosts({ namespaces: Object.keys(SCENARIO_OPERATORS) });

  const mutations = ROUTES.filter((route) => route.method !== 'get').map((route) => [routeKey(route), route] as const);

  it.each(mutations)("%s: a body over Kibana's 1 MiB limit gets 413 and changes nothing", async (_key, route) => {
    const before = sandboxActivity(suite.hosts.world);
    const rawBody = JSON.stringify({ target: { alias: 'x'.repeat(1024 * 1024) } });
    const response = await sendHostRequest(suite.hosts.urls[0], 'admin', {
      method: route.method,
      path: route.path,
      rawBody,
    });
    expect(response.status).toBe(413);
    expect(sandboxActivity(suite.hosts.world)).toEqual(before);
  });

  it.each(mutations)('%s: a body that is not JSON gets 400 and changes nothing', async (_key, route) => {
    const before = sandboxActivity(suite.hosts.world);
    const rawBody = '{"target": {"alias": "logs"';
    const response = await sendHostRequest(suite.hosts.urls[0], 'admin', {
      method: route.method,
      path: route.path,
      rawBody,
    });
    expect(response).toMatchObject({ status: 400, body: { message: 'Invalid request payload JSON format' } });
    expect(sandboxActivity(suite.hosts.world)).toEqual(before);
  });

  it.each(cases)('%s: %s', async (key, _why, entry) => {
    const route = routesByKey.get(key)!;
    suite.scanner.addPrivateKeys(`a private key sent to ${key}`, entry.body);
    const before = sandboxActivity(suite.hosts.world);
    const response = await sendHostRequest(
      suite.hosts.urls[0],
      'admin',
      { method: route.method, path: route.path, query: entry.query, body: entry.body },
      suite.scanner.tap,
    );
    expect({ status: response.status, attributes: (response.body as { attributes?: object }).attributes }).toEqual({
      status: 400,
      attributes: expect.objectContaining({ code: entry.code ?? 'INVALID_REQUEST', field: entry.field }),
    });
    expect(sandboxActivity(suite.hosts.world)).toEqual(before);
  });
});
