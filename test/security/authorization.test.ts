import { API_ROUTES } from '../../common/api/api_routes';
import { API_PRIVILEGES, type ApiPrivilege } from '../../common/constants';
import type { SeedUsername } from '../../dev/sandbox/elasticsearch';
import { ECK_REMOTE_CLUSTERS_FEATURE } from '../../server/feature';
import { ROUTES } from '../../server/routes';
import type { AnyRouteDefinition } from '../../server/routes/route_definition';
import { routeKey } from '../reliability/bad_input/bad_input_case';
import { sendHostRequest } from '../support/host_request';
import { sandboxActivity } from '../support/sandbox_activity';
import { scannedSandboxHosts } from '../support/sandbox_hosts';

jest.setTimeout(60_000);

/**
 * What each sandbox user holds. Outside Kibana the host grants the read privilege to the cluster
 * privilege `monitor` and manage to `manage` (dev/host/host_authorization.ts): `elastic` is a
 * superuser, `admin` has `manage` (which implies `monitor`), `ccs_user` has only index
 * privileges, `nobody` nothing.
 */
const GRANTED: Record<SeedUsername, ApiPrivilege[]> = {
  elastic: [API_PRIVILEGES.read, API_PRIVILEGES.manage],
  admin: [API_PRIVILEGES.read, API_PRIVILEGES.manage],
  ccs_user: [],
  nobody: [],
};

/**
 * Issue [8]: "CCS validation allowed for the CCS user". The check calls only Elasticsearch, as the
 * user, so their own privileges decide; Kibana grants its users the Read feature privilege.
 */
const OPEN_TO_EVERY_USER = new Set<string>([API_ROUTES.ccsCheck.path]);

const isMutation = (route: AnyRouteDefinition) => route.method !== 'get';
const allowed = (user: SeedUsername, route: AnyRouteDefinition) =>
  OPEN_TO_EVERY_USER.has(route.path) ||
  route.security.authz.requiredPrivileges.every((privilege) => GRANTED[user].includes(privilege));

const USERS = Object.keys(GRANTED) as SeedUsername[];
const MATRIX = ROUTES.flatMap((route) =>
  USERS.map((user): [string, SeedUsername, string, AnyRouteDefinition] => [
    routeKey(route),
    user,
    allowed(user, route) ? 'allowed' : 'refused',
    route,
  ]),
);

/**
 * Every route × every user, from each route's declared `requiredPrivileges`, so that a new route
 * is covered the day it is added. A refused user gets 403 naming the missing Kibana privilege, and
 * the sandbox shows no request to Kubernetes or an ECK cluster and no write anywhere; an allowed
 * user gets past authorization (an empty request then fails validation at worst).
 */
describe('authorization matrix', () => {
  const suite = scannedSandboxHosts();

  const send = (route: AnyRouteDefinition, user: SeedUsername | null, headers?: Record<string, string | undefined>) =>
    sendHostRequest(
      suite.hosts.urls[0],
      user,
      { method: route.method, path: route.path, body: {}, headers },
      suite.scanner.tap,
    );

  it('every route declares privileges, and every mutation needs manage', () => {
    for (const route of ROUTES) {
      expect(route.security.authz.requiredPrivileges.length).toBeGreaterThan(0);
      if (isMutation(route) && route.path.includes('/apply'))
        expect(route.security.authz.requiredPrivileges).toContain(API_PRIVILEGES.manage);
    }
  });

  it("grants every route's privileges through the Kibana feature: All for everything, Read for the GET routes", () => {
    const { all, read } = ECK_REMOTE_CLUSTERS_FEATURE.privileges!;
    for (const route of ROUTES) {
      const required = route.security.authz.requiredPrivileges;
      expect(all!.api).toEqual(expect.arrayContaining(required));
      if (!isMutation(route) && !required.includes(API_PRIVILEGES.manage)) {
        expect(read!.api).toEqual(expect.arrayContaining(required));
      }
    }
    expect(read!.api).not.toContain(API_PRIVILEGES.manage);
  });

  it.each(MATRIX)('%s as %s: %s', async (_key, user, verdict, route) => {
    const before = sandboxActivity(suite.hosts.world);
    const response = await send(route, user);
    if (verdict === 'refused') {
      expect(response.status).toBe(403);
      const missing = route.security.authz.requiredPrivileges.filter((p) => !GRANTED[user].includes(p));
      expect((response.body as { message: string }).message).toContain(`[${missing.join(',')}]`);
      expect(sandboxActivity(suite.hosts.world)).toEqual(before);
    } else {
      expect([401, 403]).not.toContain(response.status);
      if (isMutation(route))
        expect(sandboxActivity(suite.hosts.world).kubernetesChanges).toBe(before.kubernetesChanges);
    }
  });

  it.each(ROUTES.filter(isMutation).map((route) => [routeKey(route), route]))(
    '%s without kbn-xsrf: 400 before anything else, even for the superuser',
    async (_key, route) => {
      const before = sandboxActivity(suite.hosts.world);
      const localRequests = suite.hosts.world.localElasticsearch.requestLog.requests.length;
      const response = await send(route as AnyRouteDefinition, 'elastic', { 'kbn-xsrf': undefined });
      expect(response).toMatchObject({ status: 400, body: { message: 'Request must contain a kbn-xsrf header.' } });
      expect(sandboxActivity(suite.hosts.world)).toEqual(before);
      expect(suite.hosts.world.localElasticsearch.requestLog.requests.length).toBe(localRequests);
    },
  );

  it.each(ROUTES.map((route) => [routeKey(route), route]))(
    '%s without credentials, or with a wrong password: 401, nothing asked of Kubernetes',
    async (_key, route) => {
      const before = sandboxActivity(suite.hosts.world);
      expect((await send(route as AnyRouteDefinition, null)).status).toBe(401);
      const wrong = `Basic ${Buffer.from('admin:not-the-password').toString('base64')}`;
      expect((await send(route as AnyRouteDefinition, 'admin', { authorization: wrong })).status).toBe(401);
      expect(sandboxActivity(suite.hosts.world)).toEqual(before);
    },
  );
});
