import { apiKeyMetadata } from '../../common/plan/api_key/cross_cluster_api_key';
import type { ObservedCrossClusterKey } from '../../common/plan/observation';
import type { RemoteElasticsearchGateway } from '../gateways/elasticsearch/remote_elasticsearch_gateway';
import { createKeyOnce } from './create_key_once';

const metadata = apiKeyMetadata('local-uuid', 'logs');
const body = { name: 'kibana-remote-logs', access: {}, metadata };

/** A remote holding `existing` keys; the next key created gets `id` and `creation`. */
function remoteWith(existing: ObservedCrossClusterKey[], id: string, creation: string) {
  const keys = [...existing];
  const invalidated: string[] = [];
  const remote = {
    async createCrossClusterKey() {
      keys.push({ id, name: body.name, invalidated: false, expiration: null, metadata, creation });
      return { id, name: body.name, encoded: `encoded-${id}`, expiration: null };
    },
    listCrossClusterKeys: async () => keys,
    async invalidateApiKeys(ids: string[]) {
      invalidated.push(...ids);
      return ids;
    },
  } as unknown as RemoteElasticsearchGateway;
  return { remote, invalidated };
}

const key = (id: string, creation: string, extra: Partial<ObservedCrossClusterKey> = {}): ObservedCrossClusterKey => ({
  id,
  name: body.name,
  invalidated: false,
  expiration: null,
  metadata,
  creation,
  ...extra,
});

describe('createKeyOnce', () => {
  it('keeps and returns the key when it is the only one', async () => {
    const { remote, invalidated } = remoteWith([], 'b', '2026-11-30T10:00:00.000Z');
    expect(await createKeyOnce(remote, body)).toMatchObject({ id: 'b', encoded: 'encoded-b' });
    expect(invalidated).toEqual([]);
  });

  it('gives its key up when another admin created one earlier, and shows nothing', async () => {
    const { remote, invalidated } = remoteWith([key('z', '2026-11-30T09:59:59.000Z')], 'b', '2026-11-30T10:00:00.000Z');
    expect(await createKeyOnce(remote, body)).toBeNull();
    expect(invalidated).toEqual(['b']);
  });

  it('keeps its key when the other one is later, invalidated, expired, or for another alias', async () => {
    const { remote, invalidated } = remoteWith(
      [
        key('y', '2026-11-30T10:00:01.000Z'),
        key('x', '2026-11-30T09:00:00.000Z', { invalidated: true }),
        key('v', '2019-01-01T00:00:00.000Z', { expiration: '2020-01-01T00:00:00.000Z' }),
        key('w', '2026-11-30T09:00:00.000Z', { metadata: apiKeyMetadata('local-uuid', 'other') }),
      ],
      'b',
      '2026-11-30T10:00:00.000Z',
    );
    expect(await createKeyOnce(remote, body)).toMatchObject({ id: 'b' });
    expect(invalidated).toEqual([]);
  });

  it('breaks a tie of creation times by id, so both creators agree', async () => {
    const at = '2026-11-30T10:00:00.000Z';
    expect(await createKeyOnce(remoteWith([key('a', at)], 'b', at).remote, body)).toBeNull();
    expect(await createKeyOnce(remoteWith([key('c', at)], 'b', at).remote, body)).toMatchObject({ id: 'b' });
  });
});
