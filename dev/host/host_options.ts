import { parseArgs } from 'node:util';

export interface HostOptions {
  port: number;
  host: string;
  kubeconfig?: string;
  context?: string;
  esUrl?: string;
  esCa?: string;
  namespaces: string[];
  /** Run against the embedded sandbox: nothing real was given. */
  sandbox: boolean;
}

export const USAGE = `Usage: npm start -- [options]

Runs the plugin's routes and app at http://localhost:5601/app/management/data/eck_remote_clusters.
With no options it starts the sandbox: a simulated Kubernetes with ECK and Elasticsearch clusters.

  --kubeconfig <path>    kubeconfig to use (default: KUBECONFIG, then ~/.kube/config)
  --context <name>       kubeconfig context (default: its current-context)
  --namespaces <a,b>     namespace allow-list (default: every namespace)
  --es-url <url>         the local Elasticsearch cluster, e.g. https://localhost:9200
  --es-ca <path>         CA certificate (PEM) that signed the local cluster's HTTP certificate
  --port <n>             port to listen on (default 5601)
  --host <address>       address to listen on (default 127.0.0.1)
  --help                 show this help`;

export class UsageError extends Error {}

/** Options like kubectl's. A real Kubernetes needs a real Elasticsearch too, and the other way round. */
export function parseHostOptions(argv: string[]): HostOptions | 'help' {
  const { values } = parseArgs({
    args: argv,
    options: {
      kubeconfig: { type: 'string' },
      context: { type: 'string' },
      namespaces: { type: 'string' },
      'es-url': { type: 'string' },
      'es-ca': { type: 'string' },
      port: { type: 'string', default: '5601' },
      host: { type: 'string', default: '127.0.0.1' },
      help: { type: 'boolean', default: false },
    },
    strict: true,
  });
  if (values.help) return 'help';
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new UsageError(`--port: ${values.port} is not a port number`);
  const kubernetesGiven = values.kubeconfig !== undefined || values.context !== undefined;
  const esUrl = values['es-url'];
  if (kubernetesGiven && !esUrl) {
    throw new UsageError(
      '--es-url is needed with --kubeconfig or --context: the local Elasticsearch cluster to connect from',
    );
  }
  if (esUrl && !/^https?:\/\//.test(esUrl)) throw new UsageError(`--es-url: ${esUrl} is not an http(s) URL`);
  return {
    port,
    host: values.host as string,
    kubeconfig: values.kubeconfig,
    context: values.context,
    esUrl,
    esCa: values['es-ca'],
    namespaces: values.namespaces
      ? values.namespaces
          .split(',')
          .map((n) => n.trim())
          .filter(Boolean)
      : [],
    sandbox: !kubernetesGiven && !esUrl,
  };
}
