import { credentialsOrder } from './certificate_migration';
import { observedLocalRemote } from './test_observations';

const RCS = '203.0.113.7:9443';
const certificateModel = observedLocalRemote({ proxyAddress: '203.0.113.9:9300', hasCredentials: false });

describe('when the API key may be loaded, relative to the address switch', () => {
  it.each([
    ['a new alias', null, RCS, 'reload_when_added'],
    ['an alias in the certificate model, connected', certificateModel, RCS, 'reload_with_switch'],
    [
      'an alias in the certificate model, disconnected',
      { ...certificateModel, connected: false },
      RCS,
      'reload_with_switch',
    ],
    ['the certificate model while the new address is not known yet', certificateModel, null, 'reload_with_switch'],
    [
      'already at the remote cluster server, without credentials',
      { ...certificateModel, proxyAddress: RCS },
      RCS,
      'reload_when_added',
    ],
    ['already with credentials', observedLocalRemote(), RCS, 'loaded'],
    ['defined in elasticsearch.yml', { ...certificateModel, source: 'node' as const }, RCS, 'reload_when_added'],
  ])('%s → %s', (_, remote, address, order) => {
    expect(credentialsOrder(remote, address).order).toBe(order);
  });
});
