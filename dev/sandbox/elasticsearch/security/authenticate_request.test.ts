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

function attempt(authorization: string | undefined) {
  return authenticateRequest([basicAuthenticator], authorization, USERS, ROLES, '/_remote/info?pretty');
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
