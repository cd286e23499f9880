import { levenshteinSimilarity, unrecognizedParametersReason } from './unrecognized_parameters';

describe('unrecognizedParametersReason', () => {
  const accepted = ['flat_settings', 'include_defaults', 'master_timeout', 'timeout'];
  it.each<[string, string[], string | undefined]>([
    ['known parameters', ['flat_settings', 'pretty', 'filter_path'], undefined],
    [
      'a near miss',
      ['flat_setting'],
      'request [/_cluster/settings] contains unrecognized parameter: [flat_setting] -> did you mean [flat_settings]?',
    ],
    ['no near candidate', ['zzz'], 'request [/_cluster/settings] contains unrecognized parameter: [zzz]'],
    [
      'several',
      ['zzz', 'timeot'],
      'request [/_cluster/settings] contains unrecognized parameters: [timeot] -> did you mean [timeout]?, [zzz]',
    ],
  ])('%s', (_name, given, expected) => {
    expect(unrecognizedParametersReason('/_cluster/settings', given, accepted)).toBe(expected);
  });

  it('scores similarity like Lucene', () => {
    expect(levenshteinSimilarity('abc', 'abc')).toBe(1);
    expect(levenshteinSimilarity('abcd', 'abce')).toBe(0.75);
  });
});
