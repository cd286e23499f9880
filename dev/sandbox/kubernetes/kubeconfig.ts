import type { KubeConfig } from '@kubernetes/client-node';

export interface ApiServerEndpoint {
  url: string;
  caPem: string;
}

/** A kubeconfig (JSON is valid YAML) that verifies the server's CA and authenticates with a static bearer token. */
export function kubeconfigFor(server: ApiServerEndpoint, token: string, context = 'sandbox'): string {
  const caData = Buffer.from(server.caPem).toString('base64');
  return JSON.stringify({
    apiVersion: 'v1',
    kind: 'Config',
    clusters: [{ name: context, cluster: { server: server.url, 'certificate-authority-data': caData } }],
    users: [{ name: `${context}-user`, user: { token } }],
    contexts: [{ name: context, context: { cluster: context, user: `${context}-user` } }],
    'current-context': context,
  });
}

export async function loadSandboxKubeConfig(server: ApiServerEndpoint, token: string): Promise<KubeConfig> {
  const { KubeConfig } = await import('@kubernetes/client-node');
  const kubeConfig = new KubeConfig();
  kubeConfig.loadFromString(kubeconfigFor(server, token));
  return kubeConfig;
}
