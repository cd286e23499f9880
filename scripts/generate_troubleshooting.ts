import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { withTroubleshooting } from '../common/doctor/troubleshooting_markdown';

/** Rewrites README.md's troubleshooting section from the doctor's catalogue. */
const readmePath = path.resolve(__dirname, '..', 'README.md');
const current = readFileSync(readmePath, 'utf8');
const next = withTroubleshooting(current);
if (next === current) {
  console.log('README.md: the troubleshooting section is up to date.');
} else {
  writeFileSync(readmePath, next);
  console.log('README.md: the troubleshooting section was rewritten from the doctor catalogue.');
}
