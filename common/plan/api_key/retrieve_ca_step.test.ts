import { retrieveCaStep } from './retrieve_ca_step';
import { observedEck } from './test_observations';

describe("retrieve the ECK cluster's CA", () => {
  it('waits for ECK to write the public CA Secret', () => {
    expect(retrieveCaStep(observedEck()).status).toBe('waiting');
  });

  it('shows every certificate of ca.crt with its serial, validity and fingerprint', () => {
    const certificate = {
      subject: 'CN=logs-transport, OU=logs',
      issuer: 'CN=logs-transport, OU=logs',
      serialNumber: '0A1B',
      validFrom: '2026-01-01T00:00:00Z',
      validTo: '2027-01-01T00:00:00Z',
      sha256Fingerprint: 'AB:CD',
      isCa: true,
    };
    const result = retrieveCaStep(observedEck({ transportCa: { pem: '...', certificates: [certificate] } }));
    expect(result.status).toBe('done');
    expect(result.evidence).toEqual([
      {
        subject: 'ca.crt: CN=logs-transport, OU=logs',
        value: 'serial 0A1B, valid 2026-01-01T00:00:00Z to 2027-01-01T00:00:00Z, SHA-256 AB:CD',
        source: 'kubernetes',
      },
    ]);
  });
});
