import { eckServiceNames } from '../../eck/eck_names';
import { consoleRequest } from '../elasticsearch_commands';
import type { ObservedLocalRemote } from '../observation';
import type { ConnectionTarget, PlannedChange, PlanStep } from '../plan_types';
import { reloadSecureSettingsChange } from './add_credentials_step';
import { migrationWarning } from './certificate_migration';
import { blockedBy, step } from '../step_helpers';

const TITLE = 'Configure the remote cluster';

export interface RemoteConnectionOptions {
  skipUnavailable: boolean;
  /** Elasticsearch's default is 18. */
  proxySocketConnections?: number;
  /** The admin confirmed that an existing remote with this alias may be replaced. */
  replaceExisting: boolean;
}

/** The remote cluster server's certificate names `<name>-es-remote-cluster.<ns>.svc`, never a load balancer's address. */
export const remoteClusterServerName = (target: Pick<ConnectionTarget, 'namespace' | 'name'>) =>
  `${eckServiceNames(target.name).remoteCluster}.${target.namespace}.svc`;

export function remoteSettingsBody(
  alias: string,
  proxyAddress: string,
  serverName: string | null,
  options: RemoteConnectionOptions,
) {
  return {
    persistent: {
      cluster: {
        remote: {
          [alias]: {
            mode: 'proxy',
            proxy_address: proxyAddress,
            server_name: serverName,
            skip_unavailable: options.skipUnavailable,
            proxy_socket_connections: options.proxySocketConnections ?? null,
            // Sniff-mode keys must go in the same request when a remote switches modes.
            seeds: null,
            node_connections: null,
          },
        },
      },
    },
  };
}

function matches(
  remote: ObservedLocalRemote,
  proxyAddress: string,
  serverName: string | null,
  options: RemoteConnectionOptions,
) {
  return (
    remote.mode === 'proxy' &&
    remote.proxyAddress === proxyAddress &&
    remote.serverName === serverName &&
    remote.skipUnavailable === options.skipUnavailable &&
    (options.proxySocketConnections === undefined || remote.proxySocketConnections === options.proxySocketConnections)
  );
}

const settingsChange = (body: ReturnType<typeof remoteSettingsBody>): PlannedChange => ({
  kind: 'elasticsearch_request',
  cluster: 'local',
  method: 'PUT',
  path: '/_cluster/settings',
  body,
  command: consoleRequest('PUT', '/_cluster/settings', body),
});

/**
 * Proxy mode (sniff cannot work from outside Kubernetes) to the proxy address, with the server
 * name the certificate carries. An existing remote with the same alias is never replaced silently.
 */
export function configureRemoteStep(input: {
  target: ConnectionTarget;
  proxyAddress: string | null;
  options: RemoteConnectionOptions;
  localRemote: ObservedLocalRemote | null;
  exposeStep: PlanStep;
  /**
   * The name the remote's certificate carries; `null` sends none (the certificate model with
   * `certificate` verification). Default: the remote cluster server's name.
   */
  serverName?: string | null;
  /**
   * Migrating a certificate-model alias (`credentialsOrder`): reload secure settings and switch the
   * address back to back, once these steps are done (the key exists, the nodes trust the CA).
   */
  reloadWithSwitch?: { after: PlanStep[] };
}): PlanStep<'configure_remote'> {
  const id = 'configure_remote' as const;
  const { alias } = input.target;
  if (input.exposeStep.status !== 'done' || !input.proxyAddress) return blockedBy(id, TITLE, input.exposeStep);
  const serverName = input.serverName === undefined ? remoteClusterServerName(input.target) : input.serverName;
  const existing = input.localRemote;
  const evidence = existing
    ? [
        {
          subject: `cluster.remote.${alias}`,
          value: `${existing.mode} ${existing.proxyAddress ?? ''} server_name ${existing.serverName ?? 'unset'} (${existing.source})`,
          source: 'local_elasticsearch' as const,
        },
      ]
    : [];

  if (existing && matches(existing, input.proxyAddress, serverName, input.options)) {
    const named = serverName ? ` with server name ${serverName}` : '';
    return step(id, TITLE, 'done', `${alias} points at ${input.proxyAddress}${named}.`, {
      evidence,
    });
  }
  if (existing?.source === 'node') {
    return step(
      id,
      TITLE,
      'blocked',
      `${alias} is defined in elasticsearch.yml on the nodes. Choose another alias, or remove it from elasticsearch.yml first.`,
      { evidence },
    );
  }
  if (existing && !input.options.replaceExisting) {
    return step(
      id,
      TITLE,
      'blocked',
      `A remote named ${alias} already exists (${existing.mode} ${existing.proxyAddress ?? ''}). Confirm that it may be replaced, or choose another alias.`,
      { evidence },
    );
  }
  const waitFor = input.reloadWithSwitch?.after.find((s) => s.status !== 'done');
  if (waitFor) {
    return step(
      id,
      TITLE,
      'blocked',
      `Waits for the step "${waitFor.title}": the switch to the API key model comes last.`,
      {
        evidence,
      },
    );
  }
  const body = remoteSettingsBody(alias, input.proxyAddress, serverName, input.options);
  if (input.reloadWithSwitch && existing) {
    return step(
      id,
      TITLE,
      'ready',
      `${alias} moves to the API key model: first the nodes load the key from their keystores, then ${alias} points at ${input.proxyAddress}, in one apply.`,
      {
        evidence,
        changes: [reloadSecureSettingsChange, settingsChange(body)],
        warnings: [migrationWarning(alias)],
      },
    );
  }
  return step(id, TITLE, 'ready', existing ? `${alias} will be replaced.` : `${alias} is not configured yet.`, {
    evidence,
    changes: [settingsChange(body)],
    warnings: existing
      ? [`This replaces the existing remote ${alias}; searches using it may fail until the new connection is up.`]
      : [],
  });
}
