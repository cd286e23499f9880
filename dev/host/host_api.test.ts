import type { Standalone } from './start_standalone';
import { SEED_PASSWORDS } from '../sandbox/elasticsearch';
import { startSandboxApp } from '../../test/browser/support/standalone_app';

const KIBANA_HEADERS = { 'x-elastic-internal-origin': 'kibana', 'elastic-api-version': '1' };
const basic = (user: keyof typeof SEED_PASSWORDS) =>
  `Basic ${Buffer.from(`${user}:${SEED_PASSWORDS[user]}`).toString('base64')}`;

describe("the standalone host serves the routes with Kibana's HTTP semantics", () => {
  let app: Standalone;
  beforeAll(async () => {
    app = await startSandboxApp();
  });
  afterAll(() => app?.stop());

  const call = async (path: string, headers: Record<string, string>, method = 'GET') => {
    const response = await fetch(`${app.baseUrl}${path}`, { method, headers });
    return { status: response.status, headers: response.headers, body: await response.json() };
  };

  it('answers an authorized request with the route result and the API version', async () => {
    const response = await call('/internal/eck_remote_clusters/local_cluster', {
      ...KIBANA_HEADERS,
      authorization: basic('admin'),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('elastic-api-version')).toBe('1');
    expect(response.body).toMatchObject({ name: 'self-managed-prod', version: '9.1.5' });
  });

  it.each([
    [{ 'elastic-api-version': '1' }, 400, 'exists but is not available with the current configuration'],
    [{ 'x-elastic-internal-origin': 'kibana' }, 400, 'Please specify a version via elastic-api-version header'],
    [{ ...KIBANA_HEADERS, 'elastic-api-version': '2' }, 400, 'No version "2" available'],
    [KIBANA_HEADERS, 401, 'Unauthorized'],
  ])('refuses %j with %i before anything runs', async (headers, status, message) => {
    const response = await call('/internal/eck_remote_clusters/local_cluster', headers);
    expect(response.status).toBe(status);
    expect(response.body).toMatchObject({ statusCode: status, message: expect.stringContaining(message) });
  });

  it('asks the browser for credentials when they are missing or wrong', async () => {
    const response = await call('/internal/eck_remote_clusters/local_cluster', {
      ...KIBANA_HEADERS,
      authorization: `Basic ${Buffer.from('admin:wrong').toString('base64')}`,
    });
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toMatch(/^Basic realm=/);
  });

  it('refuses a user without the privilege, naming it', async () => {
    const response = await call('/internal/eck_remote_clusters/eck_clusters', {
      ...KIBANA_HEADERS,
      authorization: basic('nobody'),
    });
    expect(response.status).toBe(403);
    expect(response.body.message).toContain('read_eck_remote_clusters');
  });

  it('names the invalid field of a query', async () => {
    const response = await call('/internal/eck_remote_clusters/eck_clusters?namespace=Bad_Name', {
      ...KIBANA_HEADERS,
      authorization: basic('admin'),
    });
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ attributes: { code: 'INVALID_REQUEST', field: 'namespace' } });
  });

  it('answers unknown routes with 404', async () => {
    const response = await call('/internal/eck_remote_clusters/nothing', {
      ...KIBANA_HEADERS,
      authorization: basic('admin'),
    });
    expect(response.status).toBe(404);
  });

  it('gives a distinct error when Kubernetes is unreachable, and another when Elasticsearch is', async () => {
    // Last test of the file: it takes the sandbox down, and the world's stop() copes with that.
    await app.world?.kubernetes.close();
    const kubernetesDown = await call('/internal/eck_remote_clusters/eck_clusters', {
      ...KIBANA_HEADERS,
      authorization: basic('admin'),
    });
    expect(kubernetesDown.status).toBe(502);
    expect(kubernetesDown.body.attributes.code).toBe('KUBERNETES_UNREACHABLE');

    await app.world?.localElasticsearch.close();
    const elasticsearchDown = await call('/internal/eck_remote_clusters/local_cluster', {
      ...KIBANA_HEADERS,
      authorization: basic('admin'),
    });
    expect(elasticsearchDown.status).toBe(502);
    expect(elasticsearchDown.body.attributes.code).toBe('ELASTICSEARCH_UNREACHABLE');
  });
});
