import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  createElasticsearchServer,
  type ElasticsearchServerOptions,
  type SandboxElasticsearch,
} from '../elasticsearch/create_elasticsearch_server';
import { nodeIdFor } from '../elasticsearch/cluster/cluster_nodes';
import { createRemoteDialer } from '../elasticsearch/remote_clusters/connect_remote';
import type { EndpointDirectory } from '../network/endpoint_directory';
import { createCertificateAuthority, type IssuedCertificate } from '../tls/certificate_authority';
import { clusterTopology, remotesOf } from './cluster_topology';
import { createNodeHome, LOCAL_TRANSPORT_CA_SUBJECT, type NodeHome } from './node_home';
import { createNodeLog } from './node_log';
import { createRemoteConnectionManager, type RemoteConnectionManager } from './remote_connection_manager';
import { createSelfManagedNode, type NodeStatus, type SelfManagedNode } from './self_managed_node';

export interface SelfManagedClusterOptions extends Omit<
  ElasticsearchServerOptions,
  'nodeName' | 'nodeSettings' | 'tls'
> {
  /** Where proxy addresses lead: the exposed endpoints of the ECK clusters. */
  readonly network: EndpointDirectory;
  /** Defaults to 3. */
  readonly nodeCount?: number;
  /** Nodes are `<prefix>-1`, `<prefix>-2`…; defaults to `es-local`. */
  readonly nodeNamePrefix?: string;
  /** Extra elasticsearch.yml settings on every node, nested or dotted. */
  readonly nodeSettings?: Record<string, unknown>;
  /** How long until a rewritten SSL file takes effect; Elasticsearch polls every 5 s. */
  readonly sslFileReloadDelayMs?: number;
  /** Parent of the node homes; a new temporary directory (removed on close) by default. */
  readonly directory?: string;
  /** Protects every node's keystore; the nodes start with it, as `KEYSTORE_PASSWORD` does. */
  readonly keystorePassword?: string;
  readonly handshakeTimeoutMs?: number;
}

/** A self-managed cluster of simulated nodes behind one REST endpoint (the first running node). */
export interface SelfManagedCluster extends SandboxElasticsearch {
  readonly nodes: readonly SelfManagedNode[];
  readonly directory: string;
  /** The CA of the nodes' transport certificates: what an ECK cluster must trust in the certificate model. */
  readonly transportCa: IssuedCertificate;
  node(name: string): SelfManagedNode;
  /** Restarts the nodes one after the other. */
  rollingRestart(): NodeStatus[];
  connections: RemoteConnectionManager;
  /** Resolves once no node is dialling a remote. */
  settled(): Promise<void>;
}

export async function createSelfManagedCluster(options: SelfManagedClusterOptions): Promise<SelfManagedCluster> {
  const ownDirectory = options.directory === undefined;
  const directory = options.directory ?? mkdtempSync(path.join(tmpdir(), 'eck-sandbox-nodes-'));
  const prefix = options.nodeNamePrefix ?? 'es-local';
  const names = Array.from({ length: options.nodeCount ?? 3 }, (_, i) => `${prefix}-${i + 1}`);
  const transportCa = await createCertificateAuthority(LOCAL_TRANSPORT_CA_SUBJECT);
  const homes: NodeHome[] = [];
  for (const nodeName of names) {
    homes.push(
      await createNodeHome({
        directory,
        clusterName: options.clusterName,
        nodeName,
        transportCa,
        extraSettings: options.nodeSettings ?? {},
        keystorePassword: options.keystorePassword ?? '',
      }),
    );
  }

  let nodes: SelfManagedNode[] = [];
  let connections: RemoteConnectionManager | undefined;
  const { network } = options;
  // elasticsearch.yml lives in the node homes: the model gets no node settings of its own.
  const es = await createElasticsearchServer({ ...options, nodeSettings: undefined, nodeName: names[0] }, (model) => {
    const manager = createRemoteConnectionManager({
      model,
      dialer: createRemoteDialer(network, { handshakeTimeoutMs: options.handshakeTimeoutMs }),
      remotesOf: (node) => remotesOf(node, model),
    });
    connections = manager;
    nodes = names.map((name, i) =>
      createSelfManagedNode({
        name,
        id: nodeIdFor(options.clusterName, name),
        home: homes[i].home,
        paths: homes[i].paths,
        transportAddress: `127.0.0.1:${9300 + i}`,
        log: createNodeLog(name, homes[i].logFile),
        keystorePassword: options.keystorePassword ?? '',
        onChange: (node, change) => {
          if (change === 'started') manager.forget(node);
          manager.reconnectAll(node);
        },
      }),
    );
    for (const node of nodes) node.restart();
    return clusterTopology(model, nodes, manager);
  });

  const delay = options.sslFileReloadDelayMs ?? 5000;
  // Elasticsearch's resource watcher: rewritten SSL files take effect about `delay` after the write.
  const watcher = setInterval(
    () => nodes.filter((node) => node.status() === 'running').forEach((node) => node.pollSslFiles(Date.now(), delay)),
    Math.max(10, Math.min(1000, Math.floor(delay / 5))),
  );
  watcher.unref();

  return {
    ...es,
    nodes,
    directory,
    transportCa: { certificatePem: transportCa.certificatePem, privateKeyPem: transportCa.privateKeyPem },
    connections: connections!,
    node(name) {
      const found = nodes.find((node) => node.name === name);
      if (!found) throw new Error(`No node [${name}] in cluster [${options.clusterName}]`);
      return found;
    },
    rollingRestart: () => nodes.map((node) => node.restart()),
    settled: () => connections!.settled(),
    async close() {
      clearInterval(watcher);
      await connections!.settled();
      nodes.forEach((node) => node.stop());
      await es.close();
      if (ownDirectory) rmSync(directory, { recursive: true, force: true });
    },
  };
}
