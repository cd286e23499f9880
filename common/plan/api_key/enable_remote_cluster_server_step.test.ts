import type { ObservedEckCluster } from '../observation';
import type { StepStatus } from '../plan_types';
import { enableRemoteClusterServerStep } from './enable_remote_cluster_server_step';
import { doneStep, observedEck, rcsService } from './test_observations';

const preflight = doneStep('preflight', 'Check');

describe('enable the remote cluster server', () => {
  it.each([
    ['operator too old', { operatorVersion: '2.15.0' }, 'blocked', /needs ECK 2.16/],
    ['server off', {}, 'ready', /is off/],
    [
      'patched, ECK has not seen it',
      {
        remoteClusterServer: { enabled: true, service: null, serviceFieldInCrd: true },
        generation: 3,
        observedGeneration: 2,
      },
      'waiting',
      /pick up the change/,
    ],
    [
      'rolling restart',
      { remoteClusterServer: { enabled: true, service: null, serviceFieldInCrd: true }, phase: 'ApplyingChanges' },
      'waiting',
      /rolling restart to finish \(phase ApplyingChanges\)/,
    ],
    [
      'Service not created yet',
      { remoteClusterServer: { enabled: true, service: null, serviceFieldInCrd: true } },
      'waiting',
      /logs-es-remote-cluster/,
    ],
    [
      'on, Ready, Service present',
      { remoteClusterServer: { enabled: true, service: null, serviceFieldInCrd: true }, services: [rcsService()] },
      'done',
      /is on/,
    ],
  ] as Array<[string, Partial<ObservedEckCluster>, StepStatus, RegExp]>)(
    '%s → %s',
    (_case, overrides, status, reason) => {
      const result = enableRemoteClusterServerStep(observedEck(overrides), preflight);
      expect(result.status).toBe(status);
      expect(result.reason).toMatch(reason);
    },
  );

  it('shows the exact patch and warns that ECK restarts the cluster', () => {
    const result = enableRemoteClusterServerStep(observedEck(), preflight);
    expect(result.changes).toEqual([
      {
        kind: 'kubernetes_patch',
        resource: {
          apiVersion: 'elasticsearch.k8s.elastic.co/v1',
          kind: 'Elasticsearch',
          namespace: 'search-prod',
          name: 'logs',
        },
        patchType: 'merge',
        patch: { spec: { remoteClusterServer: { enabled: true } } },
        command: `kubectl -n search-prod patch elasticsearch logs --type merge -p '{"spec":{"remoteClusterServer":{"enabled":true}}}'`,
      },
    ]);
    expect(result.warnings.join(' ')).toMatch(/restarts every node of search-prod\/logs/);
  });

  it('waits for the preflight', () => {
    expect(enableRemoteClusterServerStep(observedEck(), { ...preflight, status: 'blocked' }).status).toBe('blocked');
  });

  it('changes nothing once done: applying it again is a no-op', () => {
    const done = enableRemoteClusterServerStep(
      observedEck({
        remoteClusterServer: { enabled: true, service: null, serviceFieldInCrd: true },
        services: [rcsService()],
      }),
      preflight,
    );
    expect(done.changes).toEqual([]);
  });
});
