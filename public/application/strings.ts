import type { EckHealth, EckPhase } from '../../common/types/eck_cluster';
import type { ConnectionMode, RemoteSettingsSource, SecurityModel } from '../../common/types/local_cluster';
import type { CommandLocation, Evidence, StepStatus } from '../../common/plan/plan_types';
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
        // The visible text comes first: speech input users say what they see (WCAG 2.5.3).
        defaultMessage: 'Open in Remote Clusters: {alias}',
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
      actions: i18n.translate(`${ID}.eckClusters.columns.actions`, { defaultMessage: 'Actions' }),
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
    connect: i18n.translate(`${ID}.eckClusters.connect`, { defaultMessage: 'Connect' }),
    connectAriaLabel: (namespace: string, name: string) =>
      i18n.translate(`${ID}.eckClusters.connectAriaLabel`, {
        defaultMessage: 'Connect {namespace}/{name} as a remote cluster',
        values: { namespace, name },
      }),
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

  navigation: {
    connectBreadcrumb: (namespace: string, name: string) =>
      i18n.translate(`${ID}.navigation.connectBreadcrumb`, {
        defaultMessage: 'Connect {namespace}/{name}',
        values: { namespace, name },
      }),
    notFoundTitle: i18n.translate(`${ID}.navigation.notFoundTitle`, { defaultMessage: 'Page not found' }),
    notFoundBody: (path: string) =>
      i18n.translate(`${ID}.navigation.notFoundBody`, {
        defaultMessage: 'ECK remote clusters has no page at {path}.',
        values: { path },
      }),
    backToOverview: i18n.translate(`${ID}.navigation.backToOverview`, {
      defaultMessage: 'Back to ECK remote clusters',
    }),
    remoteAddedBreadcrumb: i18n.translate(`${ID}.navigation.remoteAddedBreadcrumb`, {
      defaultMessage: 'Back from Remote Clusters',
    }),
  },

  connect: {
    pageTitle: (namespace: string, name: string) =>
      i18n.translate(`${ID}.connect.pageTitle`, {
        defaultMessage: 'Connect {namespace}/{name} as a remote cluster',
        values: { namespace, name },
      }),
    pageDescription: i18n.translate(`${ID}.connect.pageDescription`, {
      defaultMessage:
        'Choose how the local cluster reaches the ECK cluster and what it may search. The plugin then shows each step, does what an API allows once you confirm it, and checks what you do by hand.',
    }),
    securityModel: {
      legend: i18n.translate(`${ID}.connect.securityModel.legend`, { defaultMessage: 'Security model' }),
      apiKeyLabel: i18n.translate(`${ID}.connect.securityModel.apiKeyLabel`, {
        defaultMessage: 'API key',
      }),
      apiKeyDescription: i18n.translate(`${ID}.connect.securityModel.apiKeyDescription`, {
        defaultMessage:
          'A cross-cluster API key created on the ECK cluster decides what the local cluster may access. Needs 8.14 or later and an Enterprise licence on both clusters.',
      }),
      certificateLabel: i18n.translate(`${ID}.connect.securityModel.certificateLabel`, {
        defaultMessage: 'Certificate (deprecated)',
      }),
      certificateDescription: i18n.translate(`${ID}.connect.securityModel.certificateDescription`, {
        defaultMessage:
          "Mutual TLS between the transport layers (port 9300): each cluster trusts the other one's transport CA, and roles with the same name on both clusters decide what users may search.",
      }),
      deprecatedTitle: i18n.translate(`${ID}.connect.securityModel.deprecatedTitle`, {
        defaultMessage: 'The certificate model is deprecated',
      }),
      deprecatedBody: i18n.translate(`${ID}.connect.securityModel.deprecatedBody`, {
        defaultMessage:
          'Elasticsearch 9.0 deprecates it in favour of API keys: the ECK cluster then decides what the local cluster may access, and its transport layer stays inside Kubernetes. Use it when the API key model is not available, or to keep an existing setup working.',
      }),
    },
    certificate: {
      caLabel: i18n.translate(`${ID}.connect.certificate.caLabel`, {
        defaultMessage: "The local cluster's transport CA (optional now)",
      }),
      caHelp: i18n.translate(`${ID}.connect.certificate.caHelp`, {
        defaultMessage:
          "The PEM certificate of the CA that signed the local nodes' transport certificates, pasted or uploaded. ECK is told to trust it. Only the certificate: never a private key. It stays on this page and is not saved.",
      }),
      caUpload: i18n.translate(`${ID}.connect.certificate.caUpload`, { defaultMessage: 'Or upload the CA file' }),
      caUploadPrompt: i18n.translate(`${ID}.connect.certificate.caUploadPrompt`, {
        defaultMessage: 'Select or drag a .crt or .pem file',
      }),
      caPrivateKey: i18n.translate(`${ID}.connect.certificate.caPrivateKey`, {
        defaultMessage:
          'This contains a private key. Paste only the CA certificate: the private key never leaves the local cluster.',
      }),
      caNotPem: i18n.translate(`${ID}.connect.certificate.caNotPem`, {
        defaultMessage: 'Paste a PEM certificate: -----BEGIN CERTIFICATE----- … -----END CERTIFICATE-----.',
      }),
      caTooLarge: i18n.translate(`${ID}.connect.certificate.caTooLarge`, {
        defaultMessage: 'The CA must be at most 64 KiB.',
      }),
      caUnreadable: (fileName: string) =>
        i18n.translate(`${ID}.connect.certificate.caUnreadable`, {
          defaultMessage: '{fileName} could not be read.',
          values: { fileName },
        }),
      tlsStyleLegend: i18n.translate(`${ID}.connect.certificate.tlsStyleLegend`, {
        defaultMessage: 'How the local nodes trust transport CAs',
      }),
      tlsStyles: {
        '': i18n.translate(`${ID}.connect.certificate.tlsStyles.detect`, {
          defaultMessage: 'Find out from the node APIs',
        }),
        pem: i18n.translate(`${ID}.connect.certificate.tlsStyles.pem`, {
          defaultMessage: 'PEM files in xpack.security.transport.ssl.certificate_authorities',
        }),
        pkcs12: i18n.translate(`${ID}.connect.certificate.tlsStyles.pkcs12`, {
          defaultMessage: 'A PKCS#12 truststore, as security auto-configuration writes (certs/transport.p12)',
        }),
      },
      verificationModeLabel: i18n.translate(`${ID}.connect.certificate.verificationModeLabel`, {
        defaultMessage: 'Transport verification mode of the local cluster',
      }),
      verificationModeHelp: i18n.translate(`${ID}.connect.certificate.verificationModeHelp`, {
        defaultMessage: 'xpack.security.transport.ssl.verification_mode; with full, the remote needs a server name.',
      }),
      verificationModes: {
        '': i18n.translate(`${ID}.connect.certificate.verificationModes.detect`, {
          defaultMessage: 'Find out from the node APIs',
        }),
        full: 'full',
        certificate: 'certificate',
        none: 'none',
      },
      roleNameLabel: i18n.translate(`${ID}.connect.certificate.roleNameLabel`, {
        defaultMessage: 'Role name on both clusters (optional)',
      }),
      roleNameHelp: (alias: string) =>
        i18n.translate(`${ID}.connect.certificate.roleNameHelp`, {
          defaultMessage:
            'The certificate model authorizes by role name: the same role must exist on both clusters. Default: remote-{alias}.',
          values: { alias },
        }),
      roleNameInvalid: i18n.translate(`${ID}.connect.certificate.roleNameInvalid`, {
        defaultMessage: "Use only letters, digits, '_', '@', '.' and '-'.",
      }),
      indexPatternsHelp: i18n.translate(`${ID}.connect.certificate.indexPatternsHelp`, {
        defaultMessage:
          'Comma-separated, such as logs-*, metrics-*. The role on the ECK cluster grants search on these only.',
      }),
      addressExposure: i18n.translate(`${ID}.connect.certificate.addressExposure`, {
        defaultMessage: 'An address I already route to port 9300',
      }),
      portHelp: i18n.translate(`${ID}.connect.certificate.portHelp`, {
        defaultMessage: 'The port the load balancer listens on; it forwards to the transport port, 9300.',
      }),
      exposureLegend: i18n.translate(`${ID}.connect.certificate.exposureLegend`, {
        defaultMessage: 'How the local cluster reaches the transport layer of the ECK cluster',
      }),
      switchTitle: i18n.translate(`${ID}.connect.certificate.switchTitle`, {
        defaultMessage: 'These clusters can use the API key model',
      }),
      switchButton: i18n.translate(`${ID}.connect.certificate.switchButton`, {
        defaultMessage: 'Switch to the API key model',
      }),
      apiKeyUnavailable: (reason: string) =>
        i18n.translate(`${ID}.connect.certificate.apiKeyUnavailable`, {
          defaultMessage: 'The API key model is not available for these clusters: {reason}',
          values: { reason },
        }),
      tlsStyleUnknown: i18n.translate(`${ID}.connect.certificate.tlsStyleUnknown`, {
        defaultMessage:
          'The node APIs do not reveal how the local nodes trust transport CAs. Choose it above, then update the plan: the instructions differ.',
      }),
      verificationModeUnknown: i18n.translate(`${ID}.connect.certificate.verificationModeUnknown`, {
        defaultMessage:
          "The local cluster's transport verification mode could not be read. Choose it above, then update the plan.",
      }),
      roleName: (roleName: string) =>
        i18n.translate(`${ID}.connect.certificate.roleName`, {
          defaultMessage: 'Role name on both clusters: {roleName}',
          values: { roleName },
        }),
    },
    form: {
      title: i18n.translate(`${ID}.connect.form.title`, { defaultMessage: 'Choices' }),
      aliasLabel: i18n.translate(`${ID}.connect.form.aliasLabel`, { defaultMessage: 'Alias' }),
      aliasHelp: i18n.translate(`${ID}.connect.form.aliasHelp`, {
        defaultMessage: 'The name searches use for the remote, as in alias:index. Letters, digits, _ and -.',
      }),
      aliasRequired: i18n.translate(`${ID}.connect.form.aliasRequired`, { defaultMessage: 'Enter an alias.' }),
      aliasTooLong: i18n.translate(`${ID}.connect.form.aliasTooLong`, {
        defaultMessage: 'The alias must be at most 100 characters.',
      }),
      aliasInvalid: i18n.translate(`${ID}.connect.form.aliasInvalid`, {
        defaultMessage: 'Use only letters, digits, _ and -.',
      }),
      exposureLegend: i18n.translate(`${ID}.connect.form.exposureLegend`, {
        defaultMessage: 'How the local cluster reaches the remote cluster server',
      }),
      exposures: {
        LoadBalancer: i18n.translate(`${ID}.connect.form.exposures.loadBalancer`, {
          defaultMessage: 'A load balancer Service',
        }),
        NodePort: i18n.translate(`${ID}.connect.form.exposures.nodePort`, {
          defaultMessage: 'A node port on a Kubernetes node',
        }),
        address: i18n.translate(`${ID}.connect.form.exposures.address`, {
          defaultMessage: 'An address I already route to port 9443',
        }),
      },
      portLabel: i18n.translate(`${ID}.connect.form.portLabel`, { defaultMessage: 'Load balancer port' }),
      portHelp: i18n.translate(`${ID}.connect.form.portHelp`, {
        defaultMessage: 'The port the load balancer listens on; it forwards to 9443.',
      }),
      portInvalid: i18n.translate(`${ID}.connect.form.portInvalid`, {
        defaultMessage: 'Enter a port between 1 and 65535.',
      }),
      nodeAddressLabel: i18n.translate(`${ID}.connect.form.nodeAddressLabel`, { defaultMessage: 'Node address' }),
      nodeAddressHelp: i18n.translate(`${ID}.connect.form.nodeAddressHelp`, {
        defaultMessage: 'A Kubernetes node the local cluster can reach, by host name or IP address.',
      }),
      nodeAddressInvalid: i18n.translate(`${ID}.connect.form.nodeAddressInvalid`, {
        defaultMessage: 'Enter a host name or an IP address.',
      }),
      proxyAddressLabel: i18n.translate(`${ID}.connect.form.proxyAddressLabel`, { defaultMessage: 'Proxy address' }),
      proxyAddressHelp: i18n.translate(`${ID}.connect.form.proxyAddressHelp`, {
        defaultMessage: 'host:port of your ingress or TCP proxy, routed to the remote cluster server.',
      }),
      proxyAddressInvalid: i18n.translate(`${ID}.connect.form.proxyAddressInvalid`, {
        defaultMessage: 'Enter host:port, with an IPv6 address in brackets and a port up to 65535.',
      }),
      indexPatternsLabel: i18n.translate(`${ID}.connect.form.indexPatternsLabel`, {
        defaultMessage: 'Index patterns to search',
      }),
      indexPatternsHelp: i18n.translate(`${ID}.connect.form.indexPatternsHelp`, {
        defaultMessage: 'Comma-separated, such as logs-*, metrics-*. The API key grants search on these only.',
      }),
      indexPatternsRequired: i18n.translate(`${ID}.connect.form.indexPatternsRequired`, {
        defaultMessage: 'Enter at least one index pattern.',
      }),
      indexPatternInvalid: (pattern: string) =>
        i18n.translate(`${ID}.connect.form.indexPatternInvalid`, {
          defaultMessage: '"{pattern}" is not an index name or pattern: no spaces, quotes or \\ / | < > ?',
          values: { pattern },
        }),
      indexPatternsTooMany: i18n.translate(`${ID}.connect.form.indexPatternsTooMany`, {
        defaultMessage: 'Enter at most 100 index patterns.',
      }),
      expirationLabel: i18n.translate(`${ID}.connect.form.expirationLabel`, {
        defaultMessage: 'API key expiration (optional)',
      }),
      expirationHelp: i18n.translate(`${ID}.connect.form.expirationHelp`, {
        defaultMessage: 'Such as 90d or 12h. Leave empty for a key that does not expire.',
      }),
      expirationInvalid: i18n.translate(`${ID}.connect.form.expirationInvalid`, {
        defaultMessage: 'Enter a duration such as 90d or 12h.',
      }),
      skipUnavailableLabel: i18n.translate(`${ID}.connect.form.skipUnavailableLabel`, {
        defaultMessage: 'Skip this remote when it is unavailable',
      }),
      skipUnavailableHelp: i18n.translate(`${ID}.connect.form.skipUnavailableHelp`, {
        defaultMessage: 'Searches across clusters still answer with the other clusters when this one is down.',
      }),
      replaceExistingLabel: i18n.translate(`${ID}.connect.form.replaceExistingLabel`, {
        defaultMessage: 'Replace an existing remote with this alias',
      }),
      replaceExistingHelp: i18n.translate(`${ID}.connect.form.replaceExistingHelp`, {
        defaultMessage: 'Off: a remote that already has this alias is never changed.',
      }),
      invalidTarget: i18n.translate(`${ID}.connect.form.invalidTarget`, {
        defaultMessage:
          'This address does not name an ECK cluster: the namespace or name is not a valid Kubernetes name.',
      }),
      showPlan: i18n.translate(`${ID}.connect.form.showPlan`, { defaultMessage: 'Show the plan' }),
      updatePlan: i18n.translate(`${ID}.connect.form.updatePlan`, { defaultMessage: 'Update the plan' }),
      choicesChanged: i18n.translate(`${ID}.connect.form.choicesChanged`, {
        defaultMessage: 'The choices changed since this plan was made. Update the plan to apply them.',
      }),
    },
    plan: {
      title: i18n.translate(`${ID}.connect.plan.title`, { defaultMessage: 'Plan' }),
      loadingLabel: i18n.translate(`${ID}.connect.plan.loadingLabel`, { defaultMessage: 'the plan' }),
      refresh: i18n.translate(`${ID}.connect.plan.refresh`, { defaultMessage: 'Refresh the plan' }),
      refreshing: i18n.translate(`${ID}.connect.plan.refreshing`, { defaultMessage: 'Reading the plan again' }),
      liveUpdates: i18n.translate(`${ID}.connect.plan.liveUpdates`, {
        defaultMessage: 'Updates as soon as Kubernetes reports a change.',
      }),
      pollingUpdates: i18n.translate(`${ID}.connect.plan.pollingUpdates`, {
        defaultMessage: 'Live updates are unavailable: the plan is read again every 5 seconds while a step is waiting.',
      }),
    },
    status: {
      done: i18n.translate(`${ID}.connect.status.done`, { defaultMessage: 'Done' }),
      ready: i18n.translate(`${ID}.connect.status.ready`, { defaultMessage: 'Ready to apply' }),
      waiting: i18n.translate(`${ID}.connect.status.waiting`, { defaultMessage: 'Waiting' }),
      manual: i18n.translate(`${ID}.connect.status.manual`, { defaultMessage: 'Your action' }),
      blocked: i18n.translate(`${ID}.connect.status.blocked`, { defaultMessage: 'Blocked' }),
    } satisfies Record<StepStatus, string>,
    step: {
      evidence: (count: number) =>
        i18n.translate(`${ID}.connect.step.evidence`, {
          defaultMessage: 'What this status is based on ({count})',
          values: { count },
        }),
      evidenceSources: {
        kubernetes: i18n.translate(`${ID}.connect.step.evidenceSources.kubernetes`, {
          defaultMessage: 'Kubernetes',
        }),
        local_elasticsearch: i18n.translate(`${ID}.connect.step.evidenceSources.localElasticsearch`, {
          defaultMessage: 'local cluster',
        }),
        remote_elasticsearch: i18n.translate(`${ID}.connect.step.evidenceSources.remoteElasticsearch`, {
          defaultMessage: 'ECK cluster',
        }),
      } satisfies Record<Evidence['source'], string>,
      evidenceValue: (value: string, source: string) =>
        i18n.translate(`${ID}.connect.step.evidenceValue`, {
          defaultMessage: '{value} (from the {source})',
          values: { value, source },
        }),
      plannedChanges: i18n.translate(`${ID}.connect.step.plannedChanges`, {
        defaultMessage: 'What applying this step changes',
      }),
      changesOnCheck: i18n.translate(`${ID}.connect.step.changesOnCheck`, {
        defaultMessage: 'When you check again, the plugin runs',
      }),
      waitingNotice: i18n.translate(`${ID}.connect.step.waitingNotice`, {
        defaultMessage: 'Nothing to do: this step completes on its own.',
      }),
      waitingFor: (what: string) =>
        i18n.translate(`${ID}.connect.step.waitingFor`, {
          defaultMessage: 'Waiting for {what}. The plan updates when it changes.',
          values: { what },
        }),
      optional: i18n.translate(`${ID}.connect.step.optional`, { defaultMessage: 'Optional' }),
      optionalHelp: i18n.translate(`${ID}.connect.step.optionalHelp`, {
        defaultMessage: 'The connection works without this step.',
      }),
    },
    changes: {
      kubernetesPatch: (kind: string, namespace: string, name: string) =>
        i18n.translate(`${ID}.connect.changes.kubernetesPatch`, {
          defaultMessage: 'Patch the {kind} {namespace}/{name} in Kubernetes',
          values: { kind, namespace, name },
        }),
      kubernetesCreate: (kind: string, namespace: string, name: string) =>
        i18n.translate(`${ID}.connect.changes.kubernetesCreate`, {
          defaultMessage: 'Create the {kind} {namespace}/{name} in Kubernetes',
          values: { kind, namespace, name },
        }),
      localRequest: (method: string, path: string) =>
        i18n.translate(`${ID}.connect.changes.localRequest`, {
          defaultMessage: '{method} {path} on the local cluster',
          values: { method, path },
        }),
      remoteRequest: (method: string, path: string) =>
        i18n.translate(`${ID}.connect.changes.remoteRequest`, {
          defaultMessage: '{method} {path} on the ECK cluster',
          values: { method, path },
        }),
    },
    manual: {
      commands: i18n.translate(`${ID}.connect.manual.commands`, { defaultMessage: 'Run exactly this' }),
      file: (path: string) =>
        i18n.translate(`${ID}.connect.manual.file`, {
          defaultMessage: 'Place this file on each node as {path}',
          values: { path },
        }),
      download: (fileName: string) =>
        i18n.translate(`${ID}.connect.manual.download`, {
          defaultMessage: 'Download {fileName}',
          values: { fileName },
        }),
      settings: i18n.translate(`${ID}.connect.manual.settings`, {
        defaultMessage: 'Add these lines to elasticsearch.yml on each node',
      }),
      pendingNodes: i18n.translate(`${ID}.connect.manual.pendingNodes`, { defaultMessage: 'Not confirmed yet on' }),
      runOnTitle: i18n.translate(`${ID}.connect.manual.runOnTitle`, { defaultMessage: 'Where' }),
      runOn: {
        every_local_node: i18n.translate(`${ID}.connect.manual.runOn.everyLocalNode`, {
          defaultMessage: 'On every node of the local cluster, from its Elasticsearch home directory.',
        }),
        one_local_node: i18n.translate(`${ID}.connect.manual.runOn.oneLocalNode`, {
          defaultMessage: 'Once, on any one node of the local cluster: the result applies to the whole cluster.',
        }),
        dev_tools: i18n.translate(`${ID}.connect.manual.runOn.devTools`, {
          defaultMessage: "Once, in Kibana's Dev Tools Console, as a user with the privileges it needs.",
        }),
        kubectl: i18n.translate(`${ID}.connect.manual.runOn.kubectl`, {
          defaultMessage: 'Once, wherever kubectl reaches the Kubernetes cluster of the ECK cluster.',
        }),
      } satisfies Record<CommandLocation, string>,
      notes: i18n.translate(`${ID}.connect.manual.notes`, { defaultMessage: 'Notes' }),
    },
    actions: {
      apply: i18n.translate(`${ID}.connect.actions.apply`, { defaultMessage: 'Apply' }),
      applyAriaLabel: (title: string) =>
        i18n.translate(`${ID}.connect.actions.applyAriaLabel`, {
          defaultMessage: 'Apply the step: {title}',
          values: { title },
        }),
      confirmTitle: (title: string) =>
        i18n.translate(`${ID}.connect.actions.confirmTitle`, {
          defaultMessage: 'Apply "{title}"?',
          values: { title },
        }),
      confirmIntro: i18n.translate(`${ID}.connect.actions.confirmIntro`, {
        defaultMessage: 'The plugin runs exactly this, as you:',
      }),
      confirmNoChanges: i18n.translate(`${ID}.connect.actions.confirmNoChanges`, {
        defaultMessage: 'This only reads the current state again; nothing changes.',
      }),
      confirmButton: i18n.translate(`${ID}.connect.actions.confirmButton`, { defaultMessage: 'Apply' }),
      cancelButton: i18n.translate(`${ID}.connect.actions.cancelButton`, { defaultMessage: 'Cancel' }),
      checkAgain: i18n.translate(`${ID}.connect.actions.checkAgain`, { defaultMessage: 'Check again' }),
      checkAgainAriaLabel: (title: string) =>
        i18n.translate(`${ID}.connect.actions.checkAgainAriaLabel`, {
          defaultMessage: 'Check again: {title}',
          values: { title },
        }),
      checkedStillPending: (nodes: string[]) =>
        i18n.translate(`${ID}.connect.actions.checkedStillPending`, {
          defaultMessage: 'Checked: not confirmed yet on {nodes}.',
          values: { nodes: nodes.join(', ') },
        }),
      checkedNotDone: i18n.translate(`${ID}.connect.actions.checkedNotDone`, {
        defaultMessage: 'Checked: this step is not done yet.',
      }),
      reloadSucceeded: i18n.translate(`${ID}.connect.actions.reloadSucceeded`, {
        defaultMessage: 'Secure settings were reloaded on every node without an error.',
      }),
      reloadFailed: (node: string, error: string) =>
        i18n.translate(`${ID}.connect.actions.reloadFailed`, {
          defaultMessage: 'Reloading secure settings failed on {node}: {error}',
          values: { node, error },
        }),
      applyFailedTitle: i18n.translate(`${ID}.connect.actions.applyFailedTitle`, {
        defaultMessage: 'The step was not applied',
      }),
    },
    newApiKey: {
      title: i18n.translate(`${ID}.connect.newApiKey.title`, {
        defaultMessage: 'Copy the cross-cluster API key now',
      }),
      body: (name: string) =>
        i18n.translate(`${ID}.connect.newApiKey.body`, {
          defaultMessage:
            'This is the encoded key {name}. It cannot be shown again: it is not stored anywhere. Use it as ENCODED_KEY in the keystore command on every node.',
          values: { name },
        }),
      copyAriaLabel: i18n.translate(`${ID}.connect.newApiKey.copyAriaLabel`, {
        defaultMessage: 'Copy the API key',
      }),
      dismiss: i18n.translate(`${ID}.connect.newApiKey.dismiss`, { defaultMessage: 'I have copied it' }),
    },
    addInRemoteClusters: i18n.translate(`${ID}.connect.addInRemoteClusters`, {
      defaultMessage: 'Add it in Remote Clusters instead',
    }),
    remoteAdded: {
      title: (alias: string) =>
        i18n.translate(`${ID}.connect.remoteAdded.title`, {
          defaultMessage: 'Remote Clusters added {alias}',
          values: { alias },
        }),
      body: i18n.translate(`${ID}.connect.remoteAdded.body`, {
        defaultMessage: 'Open it in Remote Clusters to see whether it connects.',
      }),
      bodyForEckCluster: (namespace: string, name: string) =>
        i18n.translate(`${ID}.connect.remoteAdded.bodyForEckCluster`, {
          defaultMessage:
            'A remote that points at {namespace}/{name} also needs trust and credentials on both sides. The plan for {namespace}/{name} checks each of them, and does what is missing once you confirm it.',
          values: { namespace, name },
        }),
      continueWithPlan: (namespace: string, name: string) =>
        i18n.translate(`${ID}.connect.remoteAdded.continueWithPlan`, {
          defaultMessage: 'Check it with the plan for {namespace}/{name}',
          values: { namespace, name },
        }),
      cancelledTitle: i18n.translate(`${ID}.connect.remoteAdded.cancelledTitle`, {
        defaultMessage: 'No remote cluster was added',
      }),
      cancelledBody: i18n.translate(`${ID}.connect.remoteAdded.cancelledBody`, {
        defaultMessage: 'Remote Clusters came back without saving a remote.',
      }),
    },
    complete: {
      title: (alias: string) =>
        i18n.translate(`${ID}.connect.complete.title`, {
          defaultMessage: '{alias} is connected',
          values: { alias },
        }),
      body: (alias: string) =>
        i18n.translate(`${ID}.connect.complete.body`, {
          defaultMessage: 'Searches on the local cluster can now use {alias}:<index>.',
          values: { alias },
        }),
      allDone: i18n.translate(`${ID}.connect.complete.allDone`, { defaultMessage: 'Every step is done.' }),
      remaining: i18n.translate(`${ID}.connect.complete.remaining`, {
        defaultMessage: 'Still to do, by someone with the privileges it needs:',
      }),
      openInRemoteClusters: i18n.translate(`${ID}.connect.complete.openInRemoteClusters`, {
        defaultMessage: 'Open in Remote Clusters',
      }),
    },
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
