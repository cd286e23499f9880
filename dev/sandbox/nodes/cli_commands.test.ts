import { CliUsageError, planCliCommand } from './cli_commands';

describe('planCliCommand: what each CLI invocation asks the control endpoint', () => {
  const stdin = () => 'from stdin';

  it.each<[string[], object]>([
    [['nodes'], { method: 'GET', path: '/_sandbox/nodes' }],
    [['rolling-restart'], { method: 'POST', path: '/_sandbox/_rolling_restart' }],
    [['node', 'es-local-1', 'restart'], { method: 'POST', path: '/_sandbox/nodes/es-local-1/_restart' }],
    [
      ['node', 'es-local-1', 'exec', '--', 'bin/elasticsearch-keystore', 'add', '-x', 'cluster.remote.x.credentials'],
      {
        path: '/_sandbox/nodes/es-local-1/_exec',
        body: JSON.stringify({
          argv: ['bin/elasticsearch-keystore', 'add', '-x', 'cluster.remote.x.credentials'],
          stdin: 'from stdin',
        }),
        output: 'exec',
      },
    ],
    [
      ['node', 'es-local-1', 'keystore', 'list'],
      {
        path: '/_sandbox/nodes/es-local-1/_exec',
        body: JSON.stringify({ argv: ['bin/elasticsearch-keystore', 'list'], stdin: 'from stdin' }),
      },
    ],
    [
      ['node', 'es-local-1', 'place-file', 'certs/eck-ca.crt'],
      { method: 'PUT', path: '/_sandbox/nodes/es-local-1/files/certs/eck-ca.crt', body: 'from stdin' },
    ],
    [
      [
        'node',
        'es-local-1',
        'yml',
        'append',
        'xpack.security.remote_cluster_client.ssl.certificate_authorities: [certs/eck-ca.crt]',
      ],
      { method: 'POST', body: 'xpack.security.remote_cluster_client.ssl.certificate_authorities: [certs/eck-ca.crt]' },
    ],
    [['node', 'es-local-1', 'yml', 'append'], { method: 'POST', body: 'from stdin' }],
    [['node', 'es-local-1', 'yml', 'replace'], { method: 'PUT', path: '/_sandbox/nodes/es-local-1/elasticsearch.yml' }],
    [['node', 'es-local-1', 'logs'], { method: 'GET', output: 'text' }],
  ])('%j', (argv, expected) => {
    expect(planCliCommand(argv, stdin)).toMatchObject(expected);
  });

  it.each([
    [[]],
    [['node']],
    [['node', 'es-local-1', 'exec', '--']],
    [['node', 'es-local-1', 'yml', 'edit']],
    [['reboot']],
  ])('refuses %j', (argv) => {
    expect(() => planCliCommand(argv, stdin)).toThrow(CliUsageError);
  });
});
