import { createApiKeyStore, encodedCredentials } from './api_keys';
import { apiKeyAuthenticator } from './api_key_authenticator';
import { authenticateRequest } from './authenticate_request';
import { basicAuthenticator } from './basic_authenticator';
import { SEED_ROLES, seedUsers } from './seed_users';
import { BUILT_IN_ROLES } from './users_and_roles';

const USERS = new Map(
  [...seedUsers({ admin: 'admin-pw' }), { username: 'retired', password: 'pw', roles: [], enabled: false }].map(
    (user) => [user.username, user],
  ),
);
const ROLES = new Map(Object.entries({ ...BUILT_IN_ROLES, ...SEED_ROLES }));
const CHALLENGE = 'Basic realm="security", charset="UTF-8"';

function basic(credentials: string): string {
  return `Basic ${Buffer.from(credentials).toString('base64')}`;
}

const API_KEYS = createApiKeyStore();

function attempt(authorization: string | undefined) {
  return authenticateRequest(
    [basicAuthenticator],
    authorization,
    { users: USERS, roles: ROLES, apiKeys: API_KEYS },
    '/_remote/info?pretty',
  );
}

describe('authenticateRequest with HTTP Basic', () => {
  it('authenticates a user and resolves its roles', () => {
    expect(attempt(basic('admin:admin-pw'))).toMatchObject({
      ok: true,
      subject: { username: 'admin', roles: { names: ['cluster_admin'], missing: [] } },
    });
  });

  it.each([
    ['no header', undefined, 'missing authentication credentials for REST request [/_remote/info?pretty]'],
    ['another scheme', 'Bearer abc', 'missing authentication credentials for REST request [/_remote/info?pretty]'],
    [
      'a wrong password',
      basic('admin:nope'),
      'unable to authenticate user [admin] for REST request [/_remote/info?pretty]',
    ],
    [
      'an unknown user',
      basic('ghost:pw'),
      'unable to authenticate user [ghost] for REST request [/_remote/info?pretty]',
    ],
    [
      'a disabled user',
      basic('retired:pw'),
      'unable to authenticate user [retired] for REST request [/_remote/info?pretty]',
    ],
    ['no colon', basic('admin'), 'invalid basic authentication header value'],
    ['not base64', 'Basic !!!', 'invalid basic authentication header encoding'],
  ])('refuses %s', (_name, header, reason) => {
    expect(attempt(header)).toEqual({ ok: false, reason, challenges: [CHALLENGE] });
  });
});

describe('authenticateRequest with API keys', () => {
  const owner = { username: 'elastic', realm: 'reserved', realmType: 'reserved', metadata: {} };
  const rest = API_KEYS.create({
    ...owner,
    name: 'rest',
    type: 'rest',
    roleDescriptors: {},
    limitedBy: { superuser: BUILT_IN_ROLES.superuser },
  });
  const crossCluster = API_KEYS.create({ ...owner, name: 'ccs', type: 'cross_cluster', roleDescriptors: {} });
  const chain = [basicAuthenticator, apiKeyAuthenticator];
  const authenticate = (header: string) =>
    authenticateRequest(chain, header, { users: USERS, roles: ROLES, apiKeys: API_KEYS }, '/');

  it("authenticates a REST key as its owner, bounded by the owner's roles", () => {
    expect(authenticate(`ApiKey ${encodedCredentials(rest)}`)).toMatchObject({
      ok: true,
      subject: { username: 'elastic', apiKey: { id: rest.id, type: 'rest' }, limitedBy: { names: ['superuser'] } },
    });
  });

  it('refuses a cross-cluster key on the REST interface and stops there', () => {
    expect(authenticate(`ApiKey ${encodedCredentials(crossCluster)}`)).toMatchObject({
      ok: false,
      reason: `authentication expected API key type of [rest], but API key [${crossCluster.id}] has type [cross_cluster]`,
    });
  });

  it.each([
    [
      'a wrong secret',
      () => encodedCredentials({ id: rest.id, secret: 'x'.repeat(22) }),
      `invalid credentials for API key [${rest.id}]`,
    ],
    ['an unknown id', () => encodedCredentials({ id: 'nope', secret: 'x' }), 'unable to find apikey with id nope'],
  ])('reports %s as an unsuccessful credential', (_name, encoded, detail) => {
    expect(authenticate(`ApiKey ${encoded()}`)).toEqual({
      ok: false,
      reason: 'unable to authenticate with provided credentials and anonymous access is not allowed for this request',
      challenges: ['Basic realm="security", charset="UTF-8"', 'ApiKey'],
      unsuccessful: `API key: ${detail}`,
    });
  });
});
