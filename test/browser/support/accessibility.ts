import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

/** axe-core, injected into the page as its own script: the checks run on the real DOM in Chromium. */
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  /** CSS selectors of the offending elements. */
  targets: string[];
}

/** The violations that make a page unusable for some people: axe's `serious` and `critical`. */
const BLOCKING_IMPACTS: ReadonlySet<string> = new Set(['serious', 'critical']);

export async function blockingViolations(page: Page): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: AXE_SOURCE });
  const violations = await page.evaluate(async () => {
    const { axe } = window as unknown as {
      axe: {
        run: (
          context: Document,
          options: object,
        ) => Promise<{
          violations: Array<{ id: string; impact: string | null; help: string; nodes: Array<{ target: unknown[] }> }>;
        }>;
      };
    };
    const results = await axe.run(document, { resultTypes: ['violations'] });
    return results.violations.map(({ id, impact, help, nodes }) => ({
      id,
      impact,
      help,
      targets: nodes.map((node) => node.target.join(' ')),
    }));
  });
  return violations.filter((violation) => violation.impact !== null && BLOCKING_IMPACTS.has(violation.impact));
}

/** One line per violation, for a failure message that says what to fix where. */
export const describeViolations = (violations: AxeViolation[]) =>
  violations.map(({ id, impact, help, targets }) => `${impact} ${id}: ${help} (${targets.join(', ')})`).join('\n');
