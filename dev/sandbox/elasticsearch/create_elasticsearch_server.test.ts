import { Client } from '@elastic/elasticsearch';
import { createElasticsearchServer } from './create_elasticsearch_server';
import { SEED_PASSWORDS } from './security/seed_users';
import { reasonOf, responseErrorOf, startSandboxForTest, type SandboxUnderTest } from './testing/sandbox_under_test';

const CHALLENGE = 'Basic realm="security", charset="UTF-8"';
/** Elasticsearch sends one challenge per scheme it accepts. */
const CHALLENGES = [CHALLENGE, 'ApiKey'];

describe('the sandbox Elasticsearch server', () => {
  let sandbox: SandboxUnderTest;
  beforeAll(async () => {
    sandbox = await startSandboxForTest();
  });
  afterAll(() => sandbox.close());
  beforeEach(() => sandbox.es.requestLog.clear());

  it('listens on loopback with a port chosen by the system', () => {
    expect(sandbox.es.url).toBe(`http://127.0.0.1:${sandbox.es.port}`);
    expect(sandbox.es.port).toBeGreaterThan(0);
  });

  it('refuses to listen anywhere but loopback', async () => {
    await expect(
      createElasticsearchServer({ clusterName: 'x', version: '9.1.0', licenseType: 'basic', host: '0.0.0.0' }),
    ).rejects.toThrow('only listens on loopback');
  });

  it('says it is Elasticsearch, in the vendor media type the client asked for', async () => {
    const result = await sandbox.clientFor('elastic').info(undefined, { meta: true });
    expect(result.headers['x-elastic-product']).toBe('Elasticsearch');
    expect(result.headers['content-type']).toBe('application/vnd.elasticsearch+json;compatible-with=9');
  });

  it('refuses a request without credentials with 401, the challenge, and the Elasticsearch error shape', async () => {
    const error = await responseErrorOf(sandbox.clientFor('anonymous').cluster.remoteInfo());
    const reason = 'missing authentication credentials for REST request [/_remote/info]';
    const cause = { type: 'security_exception', reason, header: { 'WWW-Authenticate': CHALLENGES } };
    expect(error.statusCode).toBe(401);
    expect(error.body).toEqual({ error: { root_cause: [cause], ...cause }, status: 401 });
    expect(error.headers['www-authenticate']).toEqual(CHALLENGES);
    expect(error.headers['x-elastic-product']).toBe('Elasticsearch');
  });

  it('refuses a wrong password with 401 naming the user', async () => {
    const error = await responseErrorOf(sandbox.clientFor({ username: 'admin', password: 'wrong' }).info());
    expect(error.statusCode).toBe(401);
    expect(reasonOf(error.body)).toBe('unable to authenticate user [admin] for REST request [/]');
    expect(error.headers['www-authenticate']).toEqual(CHALLENGES);
  });

  it('quotes the query string in authentication errors, as Elasticsearch does', async () => {
    const error = await responseErrorOf(sandbox.clientFor('anonymous').cluster.getSettings({ flat_settings: true }));
    expect(reasonOf(error.body)).toBe(
      'missing authentication credentials for REST request [/_cluster/settings?flat_settings=true]',
    );
  });

  it('answers an unknown route with 400 before authenticating', async () => {
    const error = await responseErrorOf(
      sandbox.clientFor('anonymous').transport.request({ method: 'GET', path: '/_no_such_api' }),
    );
    expect(error.statusCode).toBe(400);
    expect(error.body).toEqual({ error: 'no handler found for uri [/_no_such_api] and method [GET]' });
    expect(error.headers['x-elastic-product']).toBe('Elasticsearch');
  });

  it('answers a known path with the wrong method with 405 and the allowed methods', async () => {
    const error = await responseErrorOf(
      sandbox.clientFor('elastic').transport.request({ method: 'DELETE', path: '/_cluster/settings' }),
    );
    expect(error.statusCode).toBe(405);
    expect(error.body).toEqual({
      error: 'Incorrect HTTP method for uri [/_cluster/settings] and method [DELETE], allowed: [GET, PUT]',
      status: 405,
    });
    expect(error.headers.allow).toBe('GET,PUT');
  });

  it('rejects unknown query parameters, suggesting the near miss', async () => {
    const error = await responseErrorOf(
      sandbox
        .clientFor('elastic')
        .transport.request({ method: 'GET', path: '/_cluster/settings', querystring: { flat_setting: 'true' } }),
    );
    expect(error.statusCode).toBe(400);
    expect(reasonOf(error.body)).toBe(
      'request [/_cluster/settings] contains unrecognized parameter: [flat_setting] -> did you mean [flat_settings]?',
    );
  });

  it('rejects a body on an endpoint that takes none', async () => {
    const error = await responseErrorOf(
      sandbox.clientFor('elastic').transport.request({ method: 'GET', path: '/_remote/info', body: { a: 1 } }),
    );
    expect(reasonOf(error.body)).toBe('request [GET /_remote/info] does not support having a body');
  });

  it('applies filter_path to successful answers', async () => {
    const body = await sandbox.clientFor('elastic').info({ filter_path: 'version.number,tagline' });
    expect(body).toEqual({ version: { number: '9.1.0' }, tagline: 'You Know, for Search' });
  });

  it('logs method, path and user of every request, and status and action', async () => {
    await sandbox.clientFor('admin').cluster.remoteInfo();
    await responseErrorOf(sandbox.clientFor('anonymous').info());
    expect(sandbox.es.requestLog.requests).toEqual([
      {
        method: 'GET',
        path: '/_remote/info',
        uri: '/_remote/info',
        username: 'admin',
        status: 200,
        action: 'cluster:monitor/remote/info',
      },
      { method: 'GET', path: '/', uri: '/', username: null, status: 401, action: 'cluster:monitor/main' },
    ]);
    expect(sandbox.es.requestLog.writes).toEqual([]);
  });
});

describe('REST compatibility between client and cluster versions', () => {
  let sandbox: SandboxUnderTest;
  beforeAll(async () => {
    sandbox = await startSandboxForTest({ version: '8.19.3' });
  });
  afterAll(() => sandbox.close());

  it('refuses the 9.x client on an 8.x cluster, as a real 8.x node does', async () => {
    const error = await responseErrorOf(sandbox.clientFor('elastic').info());
    expect(error.statusCode).toBe(400);
    expect(error.body).toMatchObject({
      error: {
        type: 'media_type_header_exception',
        reason: 'Invalid media-type value on headers [Accept, Content-Type]',
        caused_by: {
          type: 'status_exception',
          reason:
            'Accept version must be either version 8 or 7, but found 9. Accept=application/vnd.elasticsearch+json; compatible-with=9',
        },
      },
      status: 400,
    });
  });

  it('serves the 9.x client when it asks for the 8.x REST API', async () => {
    const v8 = 'application/vnd.elasticsearch+json; compatible-with=8';
    const client = new Client({
      node: sandbox.es.url,
      auth: { username: 'elastic', password: SEED_PASSWORDS.elastic },
      headers: { accept: v8, 'content-type': v8 },
    });
    try {
      expect((await client.info()).version.number).toBe('8.19.3');
      expect(
        await client.cluster.putSettings({ persistent: { 'action.destructive_requires_name': true } }),
      ).toMatchObject({ acknowledged: true });
    } finally {
      await client.close();
    }
  });
});
