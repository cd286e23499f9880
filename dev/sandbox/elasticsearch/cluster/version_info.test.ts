import { defaultSkipUnavailable, minimumWireCompatibilityVersion, versionInfo } from './version_info';

describe('version facts', () => {
  it.each([
    ['9.1.0', '8.19.0'],
    ['9.0.3', '8.18.0'],
    ['8.15.0', '7.17.0'],
    ['7.17.9', '6.8.0'],
  ])('%s talks to %s and later over transport', (version, minimum) => {
    expect(minimumWireCompatibilityVersion(version)).toBe(minimum);
  });

  it.each([
    ['8.14.3', false],
    ['8.15.0', true],
    ['9.0.0', true],
  ])('skip_unavailable defaults on %s: %s', (version, expected) => {
    expect(defaultSkipUnavailable(version)).toBe(expected);
  });

  it('fills the version block of GET /', () => {
    expect(versionInfo('9.1.0')).toMatchObject({
      number: '9.1.0',
      build_flavor: 'default',
      minimum_wire_compatibility_version: '8.19.0',
      minimum_index_compatibility_version: '8.0.0',
    });
  });
});
