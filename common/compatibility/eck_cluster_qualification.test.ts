import { qualifyEckCluster, type QualificationInput } from './eck_cluster_qualification';

const local = { version: '9.1.5', license: { type: 'enterprise', status: 'active' } };
const cluster: QualificationInput['cluster'] = {
  version: '9.1.5',
  runningVersion: '9.1.5',
  phase: 'Ready',
  health: 'green',
  operatorVersion: null,
};
const qualify = (fields: Partial<QualificationInput['cluster']>, localFields: Partial<typeof local> | null = {}) =>
  qualifyEckCluster({
    local: localFields && { ...local, ...localFields },
    cluster: { ...cluster, ...fields },
    connectedAs: [],
  });

describe('qualifyEckCluster', () => {
  it('qualifies a current Ready cluster for both models, the API key model noting the remote licence check', () => {
    const result = qualify({});
    expect(result).toMatchObject({ canConnect: true, reasons: [], warnings: [] });
    expect(result.apiKey).toEqual({ available: true, warning: expect.stringContaining('checked when you connect') });
    expect(result.certificate).toEqual({ available: true, warning: expect.stringContaining('deprecated') });
  });

  it.each<[string, Partial<QualificationInput['cluster']>, Partial<typeof local>, string]>([
    [
      '8.x remote of a 9.1 local',
      { version: '8.19.3', runningVersion: '8.19.3' },
      {},
      'cannot search a remote cluster on 8.19',
    ],
    ['an upgrade still running an old version', { version: '9.1.5', runningVersion: '8.19.3' }, {}, 'on 8.19'],
    ['Invalid phase', { phase: 'Invalid' }, {}, 'Invalid'],
    ['no version reported', { version: null, runningVersion: null }, {}, 'no Elasticsearch version'],
    ['a remote two minors older', { version: '9.0.0', runningVersion: null }, { version: '9.2.0' }, 'on 9.0'],
  ])('cannot connect: %s', (_label, fields, localFields, reason) => {
    const result = qualify(fields, localFields);
    expect(result.canConnect).toBe(false);
    expect(result.reasons.join(' ')).toContain(reason);
    expect(result.apiKey.available).toBe(false);
    expect(result.certificate.available).toBe(false);
  });

  it.each<[string, Partial<QualificationInput['cluster']>, Partial<typeof local>, string]>([
    ['a remote before 8.10', { version: '8.9.2', runningVersion: '8.9.2' }, { version: '8.9.0' }, 'needs 8.14'],
    ['a Basic local licence', {}, { license: { type: 'basic', status: 'active' } }, 'licence is basic'],
    ['an operator without the remote cluster server', { operatorVersion: '2.15.0' }, {}, 'upgrade ECK to 2.16'],
  ])('certificate model only: %s', (_label, fields, localFields, reason) => {
    const result = qualify(fields, localFields);
    expect(result.canConnect).toBe(true);
    expect(result.apiKey).toEqual({ available: false, reason: expect.stringContaining(reason) });
    expect(result.certificate.available).toBe(true);
  });

  it('warns about a beta API key model, red health and a phase other than Ready', () => {
    const result = qualify(
      { version: '8.12.0', runningVersion: '8.12.0', health: 'red', phase: 'ApplyingChanges' },
      { version: '8.12.0' },
    );
    expect(result.canConnect).toBe(true);
    expect(result.apiKey).toEqual({ available: true, warning: expect.stringContaining('beta before 8.14') });
    expect(result.warnings).toEqual([
      expect.stringContaining('health is red'),
      expect.stringContaining('ApplyingChanges'),
    ]);
  });

  it('notes that an operator before 3.3 exposes the remote cluster server through a Service of the plan', () => {
    expect(qualify({ operatorVersion: '3.2.0' }).apiKey).toEqual({
      available: true,
      warning: expect.stringContaining('ECK 3.2 cannot expose the remote cluster server itself'),
    });
    expect(qualify({ operatorVersion: '3.3.1' }).apiKey).toEqual({
      available: true,
      warning: expect.not.stringContaining('cannot expose'),
    });
  });

  it('judges the ECK side alone while the local cluster is unknown', () => {
    const result = qualify({ version: '8.19.3', runningVersion: '8.19.3' }, null);
    expect(result.canConnect).toBe(true);
    expect(result.warnings).toEqual([expect.stringContaining('not known yet')]);
  });

  it('passes the aliases already pointing at the cluster through', () => {
    expect(qualifyEckCluster({ local, cluster, connectedAs: ['logs'] }).connectedAs).toEqual(['logs']);
  });
});
