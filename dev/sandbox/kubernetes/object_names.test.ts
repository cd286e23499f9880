import { generateName, validateObjectName } from './object_names';

// Messages as kube-apiserver 1.34 gives them.
const SUBDOMAIN =
  "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')";
const DNS1035 =
  "a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character (e.g. 'my-name',  or 'abc-123', regex used for validation is '[a-z]([-a-z0-9]*[a-z0-9])?')";
const LABEL =
  "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')";

describe('object names', () => {
  it.each([
    ['dns1123Subdomain', 'quickstart-es-http.ns', []],
    ['dns1123Subdomain', 'Bad_Name', [SUBDOMAIN]],
    ['dns1123Subdomain', 'a'.repeat(254), ['must be no more than 253 characters']],
    ['dns1035Label', 'quickstart-es-remote-cluster', []],
    ['dns1035Label', '1svc', [DNS1035]],
    ['dns1035Label', 'a.b', [DNS1035]],
    ['dns1035Label', 'a'.repeat(64), ['must be no more than 63 characters']],
    ['namespace', 'elastic-system', []],
    ['namespace', 'a.b', ['must not contain dots']],
    ['namespace', 'Bad_', [LABEL]],
  ] as const)('%s %s', (rule, name, problems) => {
    expect(validateObjectName(rule, { name }).map((error) => error.message)).toEqual(
      problems.map((problem) => `Invalid value: ${JSON.stringify(name)}: ${problem}`),
    );
  });

  it('requires a name or a generateName', () => {
    expect(validateObjectName('dns1123Subdomain', {})).toEqual([
      {
        reason: 'FieldValueRequired',
        field: 'metadata.name',
        message: 'Required value: name or generateName is required',
      },
    ]);
  });

  it('checks a generateName as a prefix, and the name generated from it', () => {
    expect(validateObjectName('dns1123Subdomain', { generateName: 'trusted-ca-', name: 'trusted-ca-x2b4z' })).toEqual(
      [],
    );
    const fields = validateObjectName('dns1123Subdomain', { generateName: 'Bad_', name: 'Bad_x2b4z' }).map(
      (e) => e.field,
    );
    expect(fields).toEqual(['metadata.generateName', 'metadata.name']);
  });

  it('generates five characters from the alphabet Kubernetes uses, after at most 58 of the prefix', () => {
    expect(generateName('trusted-ca-')).toMatch(/^trusted-ca-[bcdfghjklmnpqrstvwxz2456789]{5}$/);
    expect(generateName('a'.repeat(70))).toHaveLength(63);
  });
});
