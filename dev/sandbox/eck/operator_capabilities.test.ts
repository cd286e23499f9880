import { compareVersions, operatorCapabilities } from './operator_capabilities';

describe('operatorCapabilities', () => {
  it.each([
    ['2.15.0', false, false],
    ['2.16.0', true, false],
    ['3.2.0', true, false],
    ['3.2.9', true, false],
    ['3.3.0', true, true],
    ['3.5.0', true, true],
  ])('operator %s: remote cluster server %s, its service template %s', (version, server, service) => {
    expect(operatorCapabilities(version)).toEqual({
      version,
      remoteClusterServer: server,
      remoteClusterServerService: service,
    });
  });

  it('compares versions numerically, not as text', () => {
    expect(compareVersions('3.10.0', '3.3.0')).toBeGreaterThan(0);
    expect(compareVersions('8.9.2', '8.10.0')).toBeLessThan(0);
  });
});
