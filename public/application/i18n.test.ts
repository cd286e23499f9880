import { i18n } from './i18n';

describe('i18n.translate', () => {
  it('returns the default message when it has no arguments', () => {
    expect(i18n.translate('test.plain', { defaultMessage: 'Refresh' })).toBe('Refresh');
  });

  it('substitutes every argument, however often it appears', () => {
    expect(
      i18n.translate('test.values', {
        defaultMessage: '{name} has {count} remotes; {name} is local',
        values: { name: 'local-es', count: 2 },
      }),
    ).toBe('local-es has 2 remotes; local-es is local');
  });

  it('leaves a placeholder without a value visible rather than printing "undefined"', () => {
    expect(i18n.translate('test.missing', { defaultMessage: 'Hello {who}', values: {} })).toBe('Hello {who}');
  });
});
