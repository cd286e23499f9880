import { doctorPath, matchRoute } from '../../router/app_routes';

describe('the doctor page path', () => {
  it.each([
    ['logs', undefined, '/doctor/logs'],
    ['logs', { namespace: 'search-prod', name: 'logs-prod' }, '/doctor/logs/search-prod/logs-prod'],
    ['with space', undefined, '/doctor/with%20space'],
  ])('%s %j ↔ %s', (alias, eckCluster, path) => {
    expect(doctorPath(alias, eckCluster)).toBe(path);
    expect(matchRoute(path)).toEqual({ page: 'doctor', alias, ...(eckCluster ? { eckCluster } : {}) });
  });

  it.each(['/doctor', '/doctor/logs/search-prod', '/doctor/%E0%A4%A'])('%s is not a doctor page', (path) => {
    expect(matchRoute(path).page).toBe('notFound');
  });
});
