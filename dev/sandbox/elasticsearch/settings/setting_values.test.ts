import { booleanValue, checkHostPort, enumValue, hostPortListValue, integerValue, timeValue } from './setting_values';

describe('setting value checks (Elasticsearch wording)', () => {
  const key = 'cluster.remote.a.x';
  it.each([
    ['boolean true', booleanValue, 'true', undefined],
    ['boolean yes', booleanValue, 'yes', 'Failed to parse value [yes] as only [true] or [false] are allowed.'],
    ['integer', integerValue(1), '18', undefined],
    ['integer not a number', integerValue(1), 'many', `Failed to parse value [many] for setting [${key}]`],
    ['integer below minimum', integerValue(1), '0', `Failed to parse value [0] for setting [${key}] must be >= 1`],
    ['time value', timeValue, '30s', undefined],
    ['time value -1', timeValue, '-1', undefined],
    [
      'time value without unit',
      timeValue,
      '30',
      `failed to parse setting [${key}] with value [30] as a time value: unit is missing or unrecognized`,
    ],
    ['enum in any case', enumValue('x.Mode', ['SNIFF', 'PROXY']), 'Proxy', undefined],
    ['unknown enum', enumValue('x.Mode', ['SNIFF', 'PROXY']), 'direct', 'No enum constant x.Mode.DIRECT'],
    ['seed list', hostPortListValue, ['a:9300', '[::1]:9300'], undefined],
    [
      'seed without port',
      hostPortListValue,
      ['a:9300', 'b'],
      'remote hosts need to be configured as [host:port], found [b] instead',
    ],
  ])('%s', (_name, check, value, expected) => {
    expect(check(value, key)).toBe(expected);
  });

  it.each([
    ['es.example.com:9443', undefined],
    ['[2001:db8::1]:9443', undefined],
    ['es.example.com', 'remote hosts need to be configured as [host:port], found [es.example.com] instead'],
    ['es.example.com:', 'failed to parse port'],
    ['es.example.com:http', 'failed to parse port'],
    ['es.example.com:0', 'port number must be > 0 but was: [0]'],
  ])('host and port %s', (address, expected) => {
    expect(checkHostPort(address)).toBe(expected);
  });
});
