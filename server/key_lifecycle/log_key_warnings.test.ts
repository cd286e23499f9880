import type { Logger } from '@kbn/core/server';
import type { ListManagedKeysResponse, ManagedCrossClusterKey } from '../../common/key_lifecycle/key_lifecycle_types';
import { logKeyWarnings } from './log_key_warnings';

const key = (id: string, warnings: string[]): ManagedCrossClusterKey => ({
  id,
  name: 'kibana-remote-logs',
  createdAt: null,
  expiration: '2026-12-10T00:00:00Z',
  expiresInDays: 10,
  invalidated: false,
  access: null,
  alias: 'logs',
  localClusterUuid: 'local',
  usage: 'in_use',
  rotatedFrom: null,
  warnings,
});

describe('logKeyWarnings', () => {
  it('logs one warning per key that needs attention, naming key, alias and cluster', () => {
    const lines: string[] = [];
    const logger = { warn: (message: string) => void lines.push(message) } as unknown as Logger;
    const result: ListManagedKeysResponse = {
      localClusterUuid: 'local',
      expiryWarningDays: 30,
      errors: [],
      clusters: [
        {
          namespace: 'search-prod',
          name: 'logs-prod',
          keys: [key('k1', ['Expires in 10 days (2026-12-10): rotate it before then.']), key('k2', [])],
        },
      ],
    };
    logKeyWarnings(logger, result);
    expect(lines).toEqual([
      'API key lifecycle: kibana-remote-logs (k1) for logs on search-prod/logs-prod: Expires in 10 days (2026-12-10): rotate it before then.',
    ]);
  });
});
