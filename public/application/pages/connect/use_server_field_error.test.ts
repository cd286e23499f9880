import { formFieldOf } from './use_server_field_error';

describe('the form field of a field the server refused', () => {
  it.each([
    ['choices.localTransportCa', 'localTransportCa'],
    ['choices.roleName', 'roleName'],
    ['target.alias', 'alias'],
    ['choices.exposure.port', 'port'],
    ['choices.exposure.proxyAddress', 'proxyAddress'],
    ['choices.access.search.0.names.1', 'indexPatterns'],
    ['choices.expiration', 'expiration'],
    ['target.namespace', undefined],
    ['body', undefined],
  ])('%s → %s', (requestField, formField) => {
    expect(formFieldOf(requestField)).toBe(formField);
  });
});
