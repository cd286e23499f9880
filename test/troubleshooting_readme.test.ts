import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DOCTOR_CATALOGUE, DOCTOR_FAILURE_IDS } from '../common/doctor/doctor_catalogue';
import { markdownCell, withTroubleshooting } from '../common/doctor/troubleshooting_markdown';

const README = readFileSync(path.resolve(__dirname, '..', 'README.md'), 'utf8');

describe("README's troubleshooting section", () => {
  it('is the one generated from the doctor catalogue (run npx tsx scripts/generate_troubleshooting.ts)', () => {
    expect(README).toBe(withTroubleshooting(README));
  });

  it('lists every failure mode with its fix', () => {
    for (const id of DOCTOR_FAILURE_IDS) {
      expect(README).toContain(`(\`${id}\`)`);
      expect(README).toContain(markdownCell(DOCTOR_CATALOGUE[id].fix));
    }
  });

  it('replaces only what lies between the markers', () => {
    const changed = withTroubleshooting(README.replace(/\(`not_connected`\)/, '(`stale`)'));
    expect(changed).toBe(README);
  });
});
