import { apiKeyMetadata } from '../plan/api_key/cross_cluster_api_key';
import type { ObservedCrossClusterKey } from '../plan/observation';

export const LOCAL_UUID = 'local-uuid';
export const NOW = new Date('2026-11-30T00:00:00Z');

/** A key this plugin made for `alias` of the local cluster, as the ECK cluster lists it. */
export function pluginKey(
  id: string,
  alias: string,
  overrides: Partial<ObservedCrossClusterKey> & { extraMetadata?: Record<string, unknown> } = {},
): ObservedCrossClusterKey {
  const { extraMetadata, ...fields } = overrides;
  return {
    id,
    name: `kibana-remote-${alias}`,
    invalidated: false,
    expiration: null,
    creation: '2026-01-01T00:00:00.000Z',
    access: { search: [{ names: ['logs-*'] }] },
    metadata: { ...apiKeyMetadata(LOCAL_UUID, alias), ...extraMetadata },
    ...fields,
  };
}
