import { PluginError } from '../../common/errors/plugin_error';
import type { AuditRecord, RouteServices } from './route_definition';
import { auditedStep } from './audited_step';

const request = {
  step: 'trust_local_ca_on_eck',
  target: { alias: 'logs', namespace: 'search-prod', name: 'logs-prod' },
};

function servicesRecording(records: AuditRecord[]) {
  return { audit: (record: AuditRecord) => records.push(record) } as unknown as RouteServices;
}

describe('auditing a step', () => {
  it('records success with the step, the alias, the cluster and the model', async () => {
    const records: AuditRecord[] = [];
    await auditedStep(servicesRecording(records), request, 'certificate', async () => ({ applied: true }));
    expect(records).toEqual([
      {
        action: 'eck_remote_clusters.apply.trust_local_ca_on_eck',
        outcome: 'success',
        message: 'Applied trust_local_ca_on_eck (logs → search-prod/logs-prod, certificate model)',
      },
    ]);
  });

  it('records a failure by its code only, and rethrows it', async () => {
    const records: AuditRecord[] = [];
    const failure = new PluginError('INVALID_REQUEST', 'contains a private key: -----BEGIN PRIVATE KEY-----');
    await expect(
      auditedStep(servicesRecording(records), request, 'certificate', async () => {
        throw failure;
      }),
    ).rejects.toBe(failure);
    expect(records).toEqual([
      expect.objectContaining({
        outcome: 'failure',
        message:
          'Failed to apply trust_local_ca_on_eck (logs → search-prod/logs-prod, certificate model): INVALID_REQUEST',
      }),
    ]);
  });
});
