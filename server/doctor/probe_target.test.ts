import { probeTargetOf } from './probe_target';

describe('probeTargetOf', () => {
  it.each([
    [
      { mode: 'proxy' as const, proxyAddress: '10.0.0.5:9443' },
      { host: '10.0.0.5', port: 9443, address: '10.0.0.5:9443' },
    ],
    [
      { mode: 'proxy' as const, proxyAddress: '[2001:db8::1]:9443' },
      { host: '2001:db8::1', port: 9443, address: '[2001:db8::1]:9443' },
    ],
    [
      { mode: 'proxy' as const, proxyAddress: 'lb.example.com:443' },
      { host: 'lb.example.com', port: 443, address: 'lb.example.com:443' },
    ],
    [{ mode: 'proxy' as const, proxyAddress: 'no-port' }, null],
    [{ mode: 'proxy' as const, proxyAddress: 'host:99999' }, null],
    [{ mode: 'proxy' as const, proxyAddress: null }, null],
    [{ mode: 'sniff' as const, proxyAddress: null }, null],
    [null, null],
  ])('%j → %j', (remote, target) => {
    expect(probeTargetOf(remote)).toEqual(target);
  });
});
