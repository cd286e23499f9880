import type { Authenticator } from './authenticators';
import { resolveRoles } from './users_and_roles';

const BASIC_PREFIX = 'basic ';
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** HTTP Basic against the native and reserved realms, with Elasticsearch's failure wording. */
export const basicAuthenticator: Authenticator = {
  challenge: 'Basic realm="security", charset="UTF-8"',
  authenticate(authorization, { users, roles }, uri) {
    if (!authorization || !authorization.toLowerCase().startsWith(BASIC_PREFIX)) return { kind: 'no_credentials' };
    const encoded = authorization.slice(BASIC_PREFIX.length).trim();
    if (!BASE64.test(encoded)) return { kind: 'failed', reason: 'invalid basic authentication header encoding' };
    const decoded = Buffer.from(encoded, 'base64').toString('utf8');
    const separator = decoded.indexOf(':');
    if (separator < 1) return { kind: 'failed', reason: 'invalid basic authentication header value' };
    const username = decoded.slice(0, separator);
    const user = users.get(username);
    // An unknown user, a wrong password and a disabled user are told apart only in the server log.
    if (!user || user.password !== decoded.slice(separator + 1) || user.enabled === false) {
      return { kind: 'failed', reason: `unable to authenticate user [${username}] for REST request [${uri}]` };
    }
    return { kind: 'authenticated', subject: { username, user, roles: resolveRoles(user.roles, roles) } };
  },
};
