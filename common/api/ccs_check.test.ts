import { ccsCheckRequestSchema, remoteExpression } from './ccs_check';

describe('CCS check request', () => {
  it.each(['logs-*', 'logs-app-2026.11', 'logs-*,metrics-*', '.ds-logs-*', '*'])('accepts %s', (indexPattern) => {
    expect(ccsCheckRequestSchema.safeParse({ alias: 'logs', indexPattern }).success).toBe(true);
  });

  it.each([
    ['another cluster', 'logs-*,secrets:*'],
    ['a path', '../_security/user'],
    ['a query string', 'logs-*?size=100'],
    ['a fragment', 'logs#1'],
    ['whitespace', 'logs *'],
    ['upper case', 'Logs-*'],
    ['an exclusion', 'logs-*,-logs-old'],
    ['a leading underscore', '_all'],
    ['date math', '<logs-{now/d}>'],
    ['an empty part', 'logs-*,'],
    ['a dot', '.'],
    ['a quote', 'logs"'],
    ['too many patterns', Array.from({ length: 21 }, (_, i) => `p${i}`).join(',')],
    ['a name past 255 bytes', `l${'o'.repeat(255)}`],
  ])('refuses %s, naming the field', (_, indexPattern) => {
    const result = ccsCheckRequestSchema.safeParse({ alias: 'logs', indexPattern });
    expect(result.success).toBe(false);
    expect(result.error!.issues[0].path).toEqual(['indexPattern']);
  });

  it('refuses an alias with a colon and unknown fields', () => {
    expect(ccsCheckRequestSchema.safeParse({ alias: 'a:b', indexPattern: 'x' }).success).toBe(false);
    expect(ccsCheckRequestSchema.safeParse({ alias: 'a', indexPattern: 'x', size: 1 }).success).toBe(false);
  });

  it('prefixes every part with the alias', () => {
    expect(remoteExpression('logs', 'logs-*,metrics-*')).toBe('logs:logs-*,logs:metrics-*');
  });
});
