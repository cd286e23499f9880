import { randomInt } from 'node:crypto';
import { invalidField, requiredField, type FieldError } from './field_errors';

/**
 * Object name rules and their messages, from k8s.io/apimachinery/pkg/util/validation, as a
 * kube-apiserver 1.34 prints them (checked against one). Each kind picks one rule.
 */
export type NameRule = 'dns1123Subdomain' | 'dns1123Label' | 'dns1035Label' | 'namespace';

const DNS1123_LABEL = '[a-z0-9]([-a-z0-9]*[a-z0-9])?';
const DNS1123_SUBDOMAIN = `${DNS1123_LABEL}(\\.${DNS1123_LABEL})*`;
const DNS1035_LABEL = '[a-z]([-a-z0-9]*[a-z0-9])?';
const LABEL_VALUE = '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?';

const matches = (pattern: string, value: string) => new RegExp(`^${pattern}$`).test(value);
const tooLong = (max: number) => `must be no more than ${max} characters`;

const SUBDOMAIN_MESSAGE =
  "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start " +
  `and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '${DNS1123_SUBDOMAIN}')`;
const LABEL_MESSAGE =
  "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end " +
  `with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '${DNS1123_LABEL}')`;
const DNS1035_MESSAGE =
  "a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic " +
  `character, and end with an alphanumeric character (e.g. 'my-name',  or 'abc-123', regex used for validation is '${DNS1035_LABEL}')`;
const LABEL_VALUE_MESSAGE =
  "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start " +
  `and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '${LABEL_VALUE}')`;

function problems(rule: NameRule, name: string): string[] {
  switch (rule) {
    case 'dns1123Subdomain':
      return [
        ...(name.length > 253 ? [tooLong(253)] : []),
        ...(matches(DNS1123_SUBDOMAIN, name) ? [] : [SUBDOMAIN_MESSAGE]),
      ];
    case 'dns1123Label':
      return [...(name.length > 63 ? [tooLong(63)] : []), ...(matches(DNS1123_LABEL, name) ? [] : [LABEL_MESSAGE])];
    case 'dns1035Label':
      return [...(name.length > 63 ? [tooLong(63)] : []), ...(matches(DNS1035_LABEL, name) ? [] : [DNS1035_MESSAGE])];
    case 'namespace':
      return name.includes('.') ? ['must not contain dots'] : problems('dns1123Label', name);
  }
}

/** The errors of a label value; a namespace's name becomes its `kubernetes.io/metadata.name` label. */
export function labelValueProblems(value: string): string[] {
  return [...(value.length > 63 ? [tooLong(63)] : []), ...(matches(LABEL_VALUE, value) ? [] : [LABEL_VALUE_MESSAGE])];
}

/** The characters names.SimpleNameGenerator draws the 5-character suffix of a generated name from. */
const SUFFIX_ALPHABET = 'bcdfghjklmnpqrstvwxz2456789';
const MAX_GENERATED_PREFIX = 63 - 5;

export function generateName(prefix: string): string {
  const suffix = Array.from({ length: 5 }, () => SUFFIX_ALPHABET[randomInt(SUFFIX_ALPHABET.length)]).join('');
  return prefix.slice(0, MAX_GENERATED_PREFIX) + suffix;
}

/**
 * ValidateObjectMeta's checks of `name` and `generateName`. A generateName is checked as a name
 * prefix: a trailing `-` is allowed, since a suffix follows it.
 */
export function validateObjectName(rule: NameRule, metadata: { name?: string; generateName?: string }): FieldError[] {
  const errors: FieldError[] = [];
  if (metadata.generateName) {
    const masked = metadata.generateName.replace(/-$/, 'a');
    for (const problem of problems(rule, masked)) {
      errors.push(invalidField('metadata.generateName', metadata.generateName, problem));
    }
  }
  if (!metadata.name) return [...errors, requiredField('metadata.name', 'name or generateName is required')];
  for (const problem of problems(rule, metadata.name))
    errors.push(invalidField('metadata.name', metadata.name, problem));
  return errors;
}
