import { PluginError } from '../../common/errors/plugin_error';
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

  describe('when the answer to the create is lost', () => {
    /** A remote that makes the key, then fails as `failure` says; `listing` breaks the clean-up. */
    function losingRemote(failure: PluginError, listing: 'works' | 'fails' = 'works') {
      const keys: ObservedCrossClusterKey[] = [];
      const invalidated: string[] = [];
      const remote = {
        async createCrossClusterKey(request: { metadata: Record<string, unknown> }) {
          keys.push({ ...key('made', '2026-11-30T10:00:00.000Z'), metadata: request.metadata });
          throw failure;
        },
        listCrossClusterKeys: async () => {
          if (listing === 'fails') throw new PluginError('ELASTICSEARCH_TIMEOUT', 'no answer');
          return keys;
        },
        async invalidateApiKeys(ids: string[]) {
          invalidated.push(...ids);
          return ids;
        },
      } as unknown as RemoteElasticsearchGateway;
      return { remote, invalidated };
    }

    it('invalidates the key it may have made, and reports the failure', async () => {
      const { remote, invalidated } = losingRemote(new PluginError('ELASTICSEARCH_TIMEOUT', 'no answer'));
      await expect(createKeyOnce(remote, body)).rejects.toMatchObject({ code: 'ELASTICSEARCH_TIMEOUT' });
      expect(invalidated).toEqual(['made']);
    });

    it('says to rotate when the key cannot be withdrawn either', async () => {
      const { remote } = losingRemote(new PluginError('ECK_CLUSTER_UNAVAILABLE', 'port-forward closed'), 'fails');
      await expect(createKeyOnce(remote, body)).rejects.toMatchObject({
        code: 'ECK_CLUSTER_UNAVAILABLE',
        message: expect.stringContaining('rotate it'),
      });
    });

    it('leaves things alone when Elasticsearch answered the create with an error', async () => {
      const { remote, invalidated } = losingRemote(new PluginError('ELASTICSEARCH_ERROR', 'HTTP 503'));
      await expect(createKeyOnce(remote, body)).rejects.toMatchObject({ code: 'ELASTICSEARCH_ERROR' });
      expect(invalidated).toEqual([]);
    });
  });
});
