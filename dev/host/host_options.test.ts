import { parseHostOptions } from './host_options';

describe('parseHostOptions', () => {
  it('starts the sandbox when neither Kubernetes nor Elasticsearch is given', () => {
    expect(parseHostOptions([])).toMatchObject({ sandbox: true, port: 5601, host: '127.0.0.1', namespaces: [] });
  });

  it('uses real clusters with --es-url, Kubernetes from the default kubeconfig lookup', () => {
    expect(parseHostOptions(['--es-url', 'https://localhost:9200'])).toMatchObject({
      sandbox: false,
      esUrl: 'https://localhost:9200',
      kubeconfig: undefined,
    });
  });

  it('takes kubectl-like options and a namespace allow-list', () => {
    expect(
      parseHostOptions([
        '--kubeconfig',
        '/tmp/kc',
        '--context',
        'prod',
        '--es-url',
        'http://es:9200',
        '--es-ca',
        '/tmp/ca.crt',
        '--namespaces',
        'a, b',
        '--port',
        '0',
      ]),
    ).toEqual({
      sandbox: false,
      kubeconfig: '/tmp/kc',
      context: 'prod',
      esUrl: 'http://es:9200',
      esCa: '/tmp/ca.crt',
      namespaces: ['a', 'b'],
      port: 0,
      host: '127.0.0.1',
    });
  });

  it.each([
    [['--kubeconfig', '/tmp/kc'], '--es-url is needed'],
    [['--es-url', 'localhost:9200'], '--es-url: localhost:9200 is not an http(s) URL'],
    [['--port', 'http'], '--port: http is not a port number'],
    [['--bogus'], "Unknown option '--bogus'"],
  ])('refuses %j saying what to pass', (argv, message) => {
    expect(() => parseHostOptions(argv)).toThrow(message);
  });
});
