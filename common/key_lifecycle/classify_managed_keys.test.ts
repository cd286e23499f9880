import { classifyManagedKeys, type ClassifyKeysInput } from './classify_managed_keys';
import type { ManagedKeyUsage } from './key_lifecycle_types';
import { LOCAL_UUID, NOW, pluginKey } from './test_keys';

const input = (keys: ClassifyKeysInput['keys'], overrides: Partial<ClassifyKeysInput> = {}): ClassifyKeysInput => ({
  keys,
  localClusterUuid: LOCAL_UUID,
  localAliases: ['logs'],
  aliasesPointingHere: ['logs'],
  now: NOW,
  warningDays: 30,
  ...overrides,
});
const usages = (result: ReturnType<typeof classifyManagedKeys>) => result.map((k) => [k.id, k.usage]);

describe('classifyManagedKeys', () => {
  it.each<[string, ClassifyKeysInput, Array<[string, ManagedKeyUsage]>]>([
    ['a key for an alias the local cluster has', input([pluginKey('k1', 'logs')]), [['k1', 'in_use']]],
    ['a key for an alias that is gone', input([pluginKey('k1', 'old-logs')]), [['k1', 'orphan']]],
    [
      'a key of another local cluster',
      input([pluginKey('k1', 'logs', { extraMetadata: { local_cluster_uuid: 'other' } })]),
      [['k1', 'other_cluster']],
    ],
    [
      'a rotation in progress',
      input([
        pluginKey('k1', 'logs'),
        pluginKey('k2', 'logs', { creation: '2026-11-01T00:00:00.000Z', extraMetadata: { rotated_from: 'k1' } }),
      ]),
      [
        ['k1', 'rotating_out'],
        ['k2', 'rotating_in'],
      ],
    ],
    [
      'a finished rotation (the old key invalidated, so left out)',
      input([
        pluginKey('k1', 'logs', { invalidated: true }),
        pluginKey('k2', 'logs', { creation: '2026-11-01T00:00:00.000Z', extraMetadata: { rotated_from: 'k1' } }),
      ]),
      [['k2', 'in_use']],
    ],
    [
      "keys ECK or others made are not this plugin's",
      input([
        { ...pluginKey('k1', 'logs'), metadata: {} },
        { ...pluginKey('k2', 'logs'), name: 'eck-remote' },
      ]),
      [['k2', 'in_use']],
    ],
  ])('%s', (_label, given, expected) => {
    expect(usages(classifyManagedKeys(given))).toEqual(expected);
  });

  it('warns before expiry, after expiry, and when the alias points elsewhere', () => {
    const [soon, expired, elsewhere] = [
      classifyManagedKeys(input([pluginKey('k1', 'logs', { expiration: '2026-12-10T00:00:00.000Z' })]))[0],
      classifyManagedKeys(input([pluginKey('k1', 'logs', { expiration: '2026-11-20T00:00:00.000Z' })]))[0],
      classifyManagedKeys(input([pluginKey('k1', 'logs')], { aliasesPointingHere: [] }))[0],
    ];
    expect(soon).toMatchObject({
      expiresInDays: 10,
      warnings: ['Expires in 10 days (2026-12-10): rotate it before then.'],
    });
    expect(expired.warnings).toEqual(['Expired on 2026-11-20: the remote cluster cannot connect with it.']);
    expect(elsewhere.warnings[0]).toMatch(/does not seem to point at this ECK cluster/);
    expect(
      classifyManagedKeys(input([pluginKey('k1', 'logs', { expiration: '2027-06-01T00:00:00.000Z' })]))[0].warnings,
    ).toEqual([]);
  });

  it('never shows a secret: only what the key list holds', () => {
    const [key] = classifyManagedKeys(input([pluginKey('k1', 'logs')]));
    expect(Object.keys(key).sort()).toEqual(
      [
        'access',
        'alias',
        'createdAt',
        'expiration',
        'expiresInDays',
        'id',
        'invalidated',
        'localClusterUuid',
        'name',
        'rotatedFrom',
        'usage',
        'warnings',
      ].sort(),
    );
  });
});
