import { createApiKeyStep, type CreateApiKeyInput } from './create_api_key_step';
import { doneStep, observedEck } from './test_observations';

const preflight = doneStep('preflight', 'Check');
const ours = {
  managed_by: 'kibana-eck-remote-clusters',
  local_cluster_uuid: 'local-uuid',
  remote_cluster_alias: 'logs',
};
const key = (overrides = {}) => ({
  id: 'k1',
  name: 'kibana-remote-logs',
  invalidated: false,
  expiration: null,
  metadata: ours,
  ...overrides,
});
const input = (overrides: Partial<CreateApiKeyInput> = {}): CreateApiKeyInput => ({
  eck: observedEck(),
  alias: 'logs',
  localClusterUuid: 'local-uuid',
  access: { search: [{ names: ['logs-*'] }] },
  remoteKeys: { ok: true, value: [] },
  preflight,
  ...overrides,
});

describe('create the cross-cluster API key', () => {
  it('shows the exact request, named outside ECK’s eck-* namespace, with metadata tying it to the alias', () => {
    const result = createApiKeyStep(input({ expiration: '90d' }));
    expect(result.status).toBe('ready');
    expect(result.changes[0]).toMatchObject({
      kind: 'elasticsearch_request',
      cluster: 'remote',
      method: 'POST',
      path: '/_security/cross_cluster/api_key',
      body: {
        name: 'kibana-remote-logs',
        access: { search: [{ names: ['logs-*'] }] },
        expiration: '90d',
        metadata: ours,
      },
    });
    expect(result.changes[0].command).toContain('kubectl -n search-prod port-forward service/logs-es-http 9200 &');
    expect(result.changes[0].command).not.toMatch(/PASSWORD=[^$]/);
  });

  it.each([
    ['a valid key of ours exists', [key()], 'done'],
    ['ours but invalidated', [key({ invalidated: true })], 'ready'],
    ['ours but expired', [key({ expiration: '2001-01-01T00:00:00Z' })], 'ready'],
    ['for another alias', [key({ metadata: { ...ours, remote_cluster_alias: 'other' } })], 'ready'],
    ['from another local cluster', [key({ metadata: { ...ours, local_cluster_uuid: 'x' } })], 'ready'],
    ['made by someone else', [key({ metadata: {} })], 'ready'],
  ])('%s → %s', (_case, keys, status) => {
    expect(createApiKeyStep(input({ remoteKeys: { ok: true, value: keys } })).status).toBe(status);
  });

  it('is blocked by a failed preflight, and when the remote keys cannot be read', () => {
    expect(createApiKeyStep(input({ preflight: { ...preflight, status: 'blocked' } })).status).toBe('blocked');
    expect(createApiKeyStep(input({ remoteKeys: { ok: false, error: 'port-forward dropped' } }))).toMatchObject({
      status: 'blocked',
      reason: expect.stringContaining('port-forward dropped'),
    });
  });
});
