/**
 * Kubernetes label selectors (equality- and set-based), as the API server parses them:
 * `a=b`, `a==b`, `a!=b`, `a in (x,y)`, `a notin (x,y)`, `a`, `!a`, joined by commas.
 */
export type Requirement =
  { key: string; op: 'exists' | 'notExists' } | { key: string; op: 'in' | 'notIn'; values: string[] };

export class LabelSelectorError extends Error {}

const SET_REQUIREMENT = /^([^\s!=(),]+)\s+(in|notin)\s+\(([^)]*)\)$/;

function splitTopLevel(selector: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const char of selector) {
    if (char === '(') depth++;
    if (char === ')') depth--;
    if (char === ',' && depth === 0) {
      parts.push(current);
      current = '';
    } else {
      current += char;
    }
  }
  parts.push(current);
  return parts.map((part) => part.trim()).filter((part) => part.length > 0);
}

function parseRequirement(text: string): Requirement {
  const set = SET_REQUIREMENT.exec(text);
  if (set) {
    const values = set[3].split(',').map((value) => value.trim());
    return { key: set[1], op: set[2] === 'in' ? 'in' : 'notIn', values };
  }
  const inequality = /^([^\s!=]+)\s*!=\s*([^\s!=]*)$/.exec(text);
  if (inequality) return { key: inequality[1], op: 'notIn', values: [inequality[2]] };
  const equality = /^([^\s!=]+)\s*==?\s*([^\s!=]*)$/.exec(text);
  if (equality) return { key: equality[1], op: 'in', values: [equality[2]] };
  const notExists = /^!\s*([^\s!=]+)$/.exec(text);
  if (notExists) return { key: notExists[1], op: 'notExists' };
  if (/^[^\s!=(),]+$/.test(text)) return { key: text, op: 'exists' };
  throw new LabelSelectorError(`unable to parse requirement: ${text}`);
}

export function parseLabelSelector(selector: string | undefined): Requirement[] {
  return selector ? splitTopLevel(selector).map(parseRequirement) : [];
}

export function matchesLabelSelector(requirements: Requirement[], labels: Record<string, string> = {}): boolean {
  return requirements.every((requirement) => {
    const has = Object.prototype.hasOwnProperty.call(labels, requirement.key);
    switch (requirement.op) {
      case 'exists':
        return has;
      case 'notExists':
        return !has;
      case 'in':
        return has && requirement.values.includes(labels[requirement.key]);
      case 'notIn':
        return !has || !requirement.values.includes(labels[requirement.key]);
    }
  });
}
