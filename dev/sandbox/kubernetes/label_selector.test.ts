import { matchesLabelSelector, parseLabelSelector } from './label_selector';

describe('label selectors', () => {
  const labels = { app: 'es', tier: 'data', 'elasticsearch.k8s.elastic.co/cluster-name': 'quickstart' };

  it.each([
    ['', true],
    ['app=es', true],
    ['app==es', true],
    ['app=kibana', false],
    ['app!=kibana', true],
    ['app!=es', false],
    ['missing!=x', true],
    ['tier in (data, master)', true],
    ['tier notin (data)', false],
    ['elasticsearch.k8s.elastic.co/cluster-name', true],
    ['!elasticsearch.k8s.elastic.co/cluster-name', false],
    ['!missing', true],
    ['app=es,tier in (hot,warm)', false],
    ['app=es,tier in (hot,data)', true],
  ])('%s → %s', (selector, expected) => {
    expect(matchesLabelSelector(parseLabelSelector(selector), labels)).toBe(expected);
  });

  it('refuses a selector it cannot parse', () => {
    expect(() => parseLabelSelector('app in data')).toThrow('unable to parse requirement: app in data');
  });
});
