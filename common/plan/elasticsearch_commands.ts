import { eckServiceNames } from '../eck/eck_names';

const shellQuote = (text: string) => `'${text.replace(/'/g, `'\\''`)}'`;

/** A request to the local cluster in Kibana Dev Tools' console syntax. */
export function consoleRequest(method: string, path: string, body?: unknown): string {
  return `${method} ${path.replace(/^\//, '')}${body === undefined ? '' : `\n${JSON.stringify(body, null, 2)}`}`;
}

/**
 * A request to the ECK cluster as an admin would send it: through a port-forward, as the `elastic`
 * user, verifying the HTTP certificate. The password and CA are read from their Secrets by the
 * commands themselves, so no secret appears here.
 */
export function remoteCurl(namespace: string, name: string, method: string, path: string, body?: unknown): string {
  const http = eckServiceNames(name).http;
  const host = `${http}.${namespace}.svc`;
  return [
    `kubectl -n ${namespace} port-forward service/${http} 9200 &`,
    `PASSWORD=$(kubectl -n ${namespace} get secret ${name}-es-elastic-user -o go-template='{{.data.elastic | base64decode}}')`,
    `kubectl -n ${namespace} get secret ${name}-es-http-certs-public -o go-template='{{index .data "ca.crt" | base64decode}}' > ${name}-http-ca.crt`,
    `curl --cacert ${name}-http-ca.crt --resolve ${host}:9200:127.0.0.1 -u "elastic:$PASSWORD" -X ${method} "https://${host}:9200${path}"` +
      (body === undefined ? '' : ` -H 'Content-Type: application/json' -d ${shellQuote(JSON.stringify(body))}`),
  ].join('\n');
}
