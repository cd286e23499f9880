import type { EckHealth, EckPhase } from '../../common/types/eck_cluster';
import type { ConnectionMode, RemoteSettingsSource, SecurityModel } from '../../common/types/local_cluster';
import { i18n } from './i18n';

/**
 * Every string the app shows, each with a stable message id. Labels of domain values are
 * records keyed by the value, so adding a value to a type fails to compile until it has a label.
 */
const ID = 'eckRemoteClusters';

export const strings = {
  overview: {
    pageTitle: i18n.translate(`${ID}.overview.pageTitle`, { defaultMessage: 'ECK remote clusters' }),
    pageDescription: i18n.translate(`${ID}.overview.pageDescription`, {
      defaultMessage:
        'The remote clusters of this Elasticsearch cluster, and the Elasticsearch clusters that ECK manages in Kubernetes.',
    }),
    refreshButton: i18n.translate(`${ID}.overview.refreshButton`, { defaultMessage: 'Refresh' }),
  },

  localCluster: {
    version: i18n.translate(`${ID}.localCluster.version`, { defaultMessage: 'Version' }),
    uuid: i18n.translate(`${ID}.localCluster.uuid`, { defaultMessage: 'UUID' }),
    license: i18n.translate(`${ID}.localCluster.license`, { defaultMessage: 'License' }),
    licenseValue: (type: string, status: string) =>
      i18n.translate(`${ID}.localCluster.licenseValue`, {
        defaultMessage: '{type} ({status})',
        values: { type, status },
      }),
  },

  remoteClusters: {
    title: (localClusterName?: string) =>
      localClusterName
        ? i18n.translate(`${ID}.remoteClusters.title`, {
            defaultMessage: 'Remote clusters of {localClusterName}',
            values: { localClusterName },
          })
        : i18n.translate(`${ID}.remoteClusters.titleWithoutName`, { defaultMessage: 'Remote clusters' }),
    loadingLabel: i18n.translate(`${ID}.remoteClusters.loadingLabel`, { defaultMessage: 'remote clusters' }),
    columns: {
      alias: i18n.translate(`${ID}.remoteClusters.columns.alias`, { defaultMessage: 'Alias' }),
      status: i18n.translate(`${ID}.remoteClusters.columns.status`, { defaultMessage: 'Status' }),
      securityModel: i18n.translate(`${ID}.remoteClusters.columns.securityModel`, {
        defaultMessage: 'Security model',
      }),
      connection: i18n.translate(`${ID}.remoteClusters.columns.connection`, { defaultMessage: 'Connection' }),
      serverName: i18n.translate(`${ID}.remoteClusters.columns.serverName`, { defaultMessage: 'Server name' }),
      definedIn: i18n.translate(`${ID}.remoteClusters.columns.definedIn`, { defaultMessage: 'Defined in' }),
      actions: i18n.translate(`${ID}.remoteClusters.columns.actions`, { defaultMessage: 'Actions' }),
    },
    connected: i18n.translate(`${ID}.remoteClusters.connected`, { defaultMessage: 'Connected' }),
    notConnected: i18n.translate(`${ID}.remoteClusters.notConnected`, { defaultMessage: 'Not connected' }),
    securityModels: {
      api_key: i18n.translate(`${ID}.remoteClusters.securityModels.apiKey`, { defaultMessage: 'API key' }),
      certificate: i18n.translate(`${ID}.remoteClusters.securityModels.certificate`, {
        defaultMessage: 'Certificate',
      }),
    } satisfies Record<SecurityModel, string>,
    modes: {
      proxy: i18n.translate(`${ID}.remoteClusters.modes.proxy`, { defaultMessage: 'Proxy' }),
      sniff: i18n.translate(`${ID}.remoteClusters.modes.sniff`, { defaultMessage: 'Sniff' }),
    } satisfies Record<ConnectionMode, string>,
    noAddress: i18n.translate(`${ID}.remoteClusters.noAddress`, { defaultMessage: 'No address' }),
    noServerName: i18n.translate(`${ID}.remoteClusters.noServerName`, { defaultMessage: 'Not set' }),
    settingsSources: {
      persistent: i18n.translate(`${ID}.remoteClusters.settingsSources.persistent`, {
        defaultMessage: 'Cluster settings',
      }),
      // Transient settings are lost on a full cluster restart, which is worth telling apart.
      transient: i18n.translate(`${ID}.remoteClusters.settingsSources.transient`, {
        defaultMessage: 'Cluster settings (transient)',
      }),
      node: i18n.translate(`${ID}.remoteClusters.settingsSources.node`, { defaultMessage: 'elasticsearch.yml' }),
    } satisfies Record<RemoteSettingsSource, string>,
    openInRemoteClusters: i18n.translate(`${ID}.remoteClusters.openInRemoteClusters`, {
      defaultMessage: 'Open in Remote Clusters',
    }),
    openInRemoteClustersAriaLabel: (alias: string) =>
      i18n.translate(`${ID}.remoteClusters.openInRemoteClustersAriaLabel`, {
        defaultMessage: 'Open {alias} in Remote Clusters',
        values: { alias },
      }),
    emptyTitle: i18n.translate(`${ID}.remoteClusters.emptyTitle`, {
      defaultMessage: 'No remote clusters configured',
    }),
    emptyBody: (localClusterName: string) =>
      i18n.translate(`${ID}.remoteClusters.emptyBody`, {
        defaultMessage:
          '{localClusterName} has no remote clusters yet. Add one in Remote Clusters with the proxy address and server name of an ECK cluster.',
        values: { localClusterName },
      }),
    addRemoteCluster: i18n.translate(`${ID}.remoteClusters.addRemoteCluster`, {
      defaultMessage: 'Add a remote cluster',
    }),
  },

  eckClusters: {
    title: i18n.translate(`${ID}.eckClusters.title`, { defaultMessage: 'ECK clusters in Kubernetes' }),
    loadingLabel: i18n.translate(`${ID}.eckClusters.loadingLabel`, { defaultMessage: 'ECK clusters' }),
    searchedNamespaces: (namespaces: string[]) =>
      i18n.translate(`${ID}.eckClusters.searchedNamespaces`, {
        defaultMessage: 'Namespaces searched: {namespaces}',
        values: { namespaces: namespaces.join(', ') },
      }),
    searchedAllNamespaces: i18n.translate(`${ID}.eckClusters.searchedAllNamespaces`, {
      defaultMessage: 'Namespaces searched: all',
    }),
    columns: {
      namespace: i18n.translate(`${ID}.eckClusters.columns.namespace`, { defaultMessage: 'Namespace' }),
      name: i18n.translate(`${ID}.eckClusters.columns.name`, { defaultMessage: 'Name' }),
      version: i18n.translate(`${ID}.eckClusters.columns.version`, { defaultMessage: 'Version' }),
      health: i18n.translate(`${ID}.eckClusters.columns.health`, { defaultMessage: 'Health' }),
      phase: i18n.translate(`${ID}.eckClusters.columns.phase`, { defaultMessage: 'ECK phase' }),
      operatorVersion: i18n.translate(`${ID}.eckClusters.columns.operatorVersion`, {
        defaultMessage: 'Operator version',
      }),
      remoteClusterServer: i18n.translate(`${ID}.eckClusters.columns.remoteClusterServer`, {
        defaultMessage: 'Remote cluster server',
      }),
      services: i18n.translate(`${ID}.eckClusters.columns.services`, { defaultMessage: 'Services' }),
    },
    unknownVersion: i18n.translate(`${ID}.eckClusters.unknownVersion`, { defaultMessage: 'Unknown' }),
    runningVersion: (version: string) =>
      i18n.translate(`${ID}.eckClusters.runningVersion`, {
        defaultMessage: 'running {version}',
        values: { version },
      }),
    health: {
      green: i18n.translate(`${ID}.eckClusters.health.green`, { defaultMessage: 'Green' }),
      yellow: i18n.translate(`${ID}.eckClusters.health.yellow`, { defaultMessage: 'Yellow' }),
      red: i18n.translate(`${ID}.eckClusters.health.red`, { defaultMessage: 'Red' }),
      unknown: i18n.translate(`${ID}.eckClusters.health.unknown`, { defaultMessage: 'Unknown' }),
    } satisfies Record<EckHealth, string>,
    phases: {
      Ready: i18n.translate(`${ID}.eckClusters.phases.ready`, { defaultMessage: 'Ready' }),
      ApplyingChanges: i18n.translate(`${ID}.eckClusters.phases.applyingChanges`, {
        defaultMessage: 'Applying changes',
      }),
      MigratingData: i18n.translate(`${ID}.eckClusters.phases.migratingData`, { defaultMessage: 'Migrating data' }),
      Stalled: i18n.translate(`${ID}.eckClusters.phases.stalled`, { defaultMessage: 'Stalled' }),
      Invalid: i18n.translate(`${ID}.eckClusters.phases.invalid`, { defaultMessage: 'Invalid' }),
    } satisfies Record<EckPhase, string>,
    unknownPhase: i18n.translate(`${ID}.eckClusters.unknownPhase`, { defaultMessage: 'Unknown' }),
    changesNotObserved: i18n.translate(`${ID}.eckClusters.changesNotObserved`, {
      defaultMessage: 'ECK has not yet seen the latest change to this resource; the phase may be out of date.',
    }),
    remoteClusterServerEnabled: i18n.translate(`${ID}.eckClusters.remoteClusterServerEnabled`, {
      defaultMessage: 'Enabled',
    }),
    remoteClusterServerDisabled: i18n.translate(`${ID}.eckClusters.remoteClusterServerDisabled`, {
      defaultMessage: 'Disabled',
    }),
    remoteClusterServiceExists: (serviceName: string) =>
      i18n.translate(`${ID}.eckClusters.remoteClusterServiceExists`, {
        defaultMessage: 'Service {serviceName} exists',
        values: { serviceName },
      }),
    remoteClusterServiceMissing: (serviceName: string) =>
      i18n.translate(`${ID}.eckClusters.remoteClusterServiceMissing`, {
        defaultMessage: 'Service {serviceName} not found',
        values: { serviceName },
      }),
    serviceType: (type: string) =>
      i18n.translate(`${ID}.eckClusters.serviceType`, { defaultMessage: '({type})', values: { type } }),
    externalAddresses: (addresses: string[]) =>
      i18n.translate(`${ID}.eckClusters.externalAddresses`, {
        defaultMessage: 'external: {addresses}',
        values: { addresses: addresses.join(', ') },
      }),
    noServices: i18n.translate(`${ID}.eckClusters.noServices`, { defaultMessage: 'None' }),
    searchPlaceholder: i18n.translate(`${ID}.eckClusters.searchPlaceholder`, {
      defaultMessage: 'Search ECK clusters',
    }),
    noMatches: i18n.translate(`${ID}.eckClusters.noMatches`, {
      defaultMessage: 'No ECK clusters match your search.',
    }),
    emptyTitle: i18n.translate(`${ID}.eckClusters.emptyTitle`, { defaultMessage: 'No ECK clusters found' }),
    emptyBodyInNamespaces: (namespaces: string[]) =>
      i18n.translate(`${ID}.eckClusters.emptyBodyInNamespaces`, {
        defaultMessage: 'No Elasticsearch resources managed by ECK were found in the namespaces {namespaces}.',
        values: { namespaces: namespaces.join(', ') },
      }),
    emptyBodyInAllNamespaces: i18n.translate(`${ID}.eckClusters.emptyBodyInAllNamespaces`, {
      defaultMessage: 'No Elasticsearch resources managed by ECK were found in any namespace.',
    }),
  },

  errors: {
    requestFailed: i18n.translate(`${ID}.errors.requestFailed`, { defaultMessage: 'The request failed' }),
    noDetails: i18n.translate(`${ID}.errors.noDetails`, {
      defaultMessage: 'Kibana did not answer. Check your network connection and try again.',
    }),
    fixLabel: i18n.translate(`${ID}.errors.fixLabel`, { defaultMessage: 'How to fix it:' }),
    reference: (code: string, statusCode: number) =>
      i18n.translate(`${ID}.errors.reference`, {
        defaultMessage: 'Error {code}, HTTP {statusCode}',
        values: { code, statusCode },
      }),
    httpStatus: (statusCode: number) =>
      i18n.translate(`${ID}.errors.httpStatus`, { defaultMessage: 'HTTP {statusCode}', values: { statusCode } }),
  },
};
