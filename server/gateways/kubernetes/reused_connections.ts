import { Agent as HttpAgent } from 'node:http';
import { Agent as HttpsAgent, type AgentOptions } from 'node:https';
import {
  createConfiguration,
  ServerConfiguration,
  type Configuration,
  type KubeConfig,
  type RequestContext,
  type SecurityAuthentication,
} from '@kubernetes/client-node';

/**
 * An idle pooled connection is closed after this long: shorter than the idle timeouts of load
 * balancers in front of API servers (60 s and more), so a request is never sent on a connection the
 * other side is closing.
 */
const IDLE_CONNECTION_MS = 30_000;

/** The options that decide which server a connection may talk to and as whom. */
const IDENTITY_OPTIONS = ['ca', 'cert', 'key', 'pfx', 'passphrase', 'rejectUnauthorized', 'servername'] as const;

/** client-node reads the CA and certificates again for every request: equal contents, new Buffers. */
const sameValue = (a: unknown, b: unknown) => (Buffer.isBuffer(a) && Buffer.isBuffer(b) ? a.equals(b) : a === b);

const sameIdentity = (a: AgentOptions, b: AgentOptions) =>
  IDENTITY_OPTIONS.every((name) => sameValue(a[name], b[name]));

/**
 * client-node 1.4 builds a new https.Agent for every request (`KubeConfig.applySecurityAuthentication`),
 * so every call opened a new TLS connection and parsed the cluster's CA again: a handshake per
 * call, and under load a steady churn of native TLS memory that the process never gave back. This
 * authentication lets the KubeConfig do everything it does (the token, read again on every request
 * so that a rotated service-account token applies at once; basic credentials; client certificates)
 * and only swaps its throwaway agent for a kept-alive one with the same TLS identity. When that
 * identity changes (a renewed client certificate), the previous agent's idle connections are closed
 * and its busy ones finish where they are.
 */
export function reusedConnectionAuthentication(kubeConfig: KubeConfig): SecurityAuthentication {
  let current: { identity: AgentOptions; agent: HttpAgent } | undefined;
  const agentFor = (fresh: HttpAgent): HttpAgent => {
    const identity = (fresh as HttpAgent & { options: AgentOptions }).options;
    if (current && sameIdentity(current.identity, identity)) return current.agent;
    const previous = current?.agent;
    const kept = { ...identity, keepAlive: true, timeout: IDLE_CONNECTION_MS };
    current = { identity, agent: fresh instanceof HttpsAgent ? new HttpsAgent(kept) : new HttpAgent(kept) };
    if (previous) for (const sockets of Object.values(previous.freeSockets)) sockets?.forEach((s) => s.destroy());
    return current.agent;
  };
  return {
    getName: () => 'kubeconfig, connections kept alive',
    async applySecurityAuthentication(context: RequestContext) {
      await kubeConfig.applySecurityAuthentication(context);
      const fresh = context.getAgent();
      // A proxy agent (proxy-url in the kubeconfig) is left as client-node made it.
      if (fresh?.constructor === HttpsAgent || fresh?.constructor === HttpAgent) {
        context.setAgent(agentFor(fresh));
      }
    },
  };
}

/** What `kubeConfig.makeApiClient` builds, with connections kept alive between calls. */
export function apiConfiguration(kubeConfig: KubeConfig): Configuration {
  const cluster = kubeConfig.getCurrentCluster();
  if (!cluster) throw new Error('No active cluster!');
  return createConfiguration({
    baseServer: new ServerConfiguration(cluster.server, {}),
    authMethods: { default: reusedConnectionAuthentication(kubeConfig) },
  });
}
