import { diagnoseRemoteQuerySchema } from './doctor';

const fieldOf = (query: unknown) => {
  const result = diagnoseRemoteQuerySchema.safeParse(query);
  return result.success ? null : result.error.issues[0].path.join('.');
};

describe('the doctor query', () => {
  it.each([
    [{ alias: 'logs' }, null],
    [{ alias: 'logs', namespace: 'search-prod', name: 'logs-prod', index: 'logs-*' }, null],
    [{ alias: 'logs', namespace: 'search-prod' }, 'name'],
    [{ alias: 'logs', name: 'logs-prod' }, 'namespace'],
    [{ alias: 'logs:x' }, 'alias'],
    [{ alias: 'logs', index: 'other:logs-*' }, 'index'],
    [{ alias: 'logs', host: '10.0.0.1' }, ''],
    [{}, 'alias'],
  ])('%j → %s', (query, field) => {
    expect(fieldOf(query)).toBe(field);
  });
});
