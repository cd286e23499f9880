import { crossClusterSearchCompatibility } from './cross_cluster_search_compatibility';
import { apiKeyModelSupport, eckOperatorFeatures, licenceAllowsApiKeyModel } from './remote_cluster_features';
import { parseStackVersion, type StackVersion } from './stack_version';

const v = (text: string) => parseStackVersion(text) as StackVersion;

describe('parseStackVersion', () => {
  it.each([
    ['9.1.5', { major: 9, minor: 1, patch: 5 }],
    ['8.19', { major: 8, minor: 19, patch: 0 }],
    ['v3.3.1', { major: 3, minor: 3, patch: 1 }],
    ['9.2.0-SNAPSHOT', { major: 9, minor: 2, patch: 0 }],
    ['nine', null],
    [null, null],
  ])('%s → %j', (text, expected) => {
    expect(parseStackVersion(text)).toEqual(expected);
  });
});

describe('cross-cluster search compatibility (the documented table)', () => {
  it.each([
    ['8.5', '8.4', true],
    ['8.5', '8.3', false],
    ['8.5', '8.19', true],
    ['8.17', '9.0', false],
    ['8.18', '9.0', true],
    ['8.18', '9.1', false],
    ['8.19', '9.0', true],
    ['8.19', '9.4', true],
    ['7.17', '8.12', true],
    ['7.16', '8.0', false],
    ['9.0', '8.18', false],
    ['9.0', '8.19', false],
    ['9.1', '8.19', false],
    ['9.1', '9.0', true],
    ['9.1', '9.5', true],
    ['9.3', '9.1', false],
    ['8.19', '10.0', false],
  ])('local %s → remote %s: %s', (local, remote, supported) => {
    expect(crossClusterSearchCompatibility(v(local), v(remote)).supported).toBe(supported);
  });

  it('says why, in terms of the versions involved', () => {
    expect(crossClusterSearchCompatibility(v('9.1.5'), v('8.19.3'))).toEqual({
      supported: false,
      reason:
        'A local cluster on 9.1 cannot search a remote cluster on 8.19: a remote cluster on an older major version is not supported; upgrade the remote cluster.',
    });
  });
});

describe('API key model support', () => {
  it.each([
    ['8.9.2', 'unsupported'],
    ['8.10.0', 'preview'],
    ['8.13.4', 'preview'],
    ['8.14.0', 'supported'],
    ['9.1.5', 'supported'],
  ])('%s → %s', (version, level) => {
    expect(apiKeyModelSupport(v(version), 'remote').level).toBe(level);
  });
});

describe('ECK operator features', () => {
  it.each([
    [null, false, false],
    ['2.15.0', false, false],
    ['2.16.1', true, false],
    ['3.2.0', true, false],
    ['3.3.0', true, true],
  ])('operator %s: remote cluster server %s, its service field %s', (version, server, service) => {
    expect(eckOperatorFeatures(version ? v(version) : null)).toEqual({
      remoteClusterServer: server,
      remoteClusterServerService: service,
    });
  });
});

describe('licences', () => {
  it.each([
    ['enterprise', true],
    ['trial', true],
    ['platinum', false],
    ['basic', false],
  ])('%s allows the API key model: %s', (type, allowed) => {
    expect(licenceAllowsApiKeyModel(type)).toBe(allowed);
  });
});
