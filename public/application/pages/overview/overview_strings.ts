import type { EckMatchEvidence } from '../../../../common/eck/eck_cluster_of_remote';
import { i18n } from '../../i18n';

const ID = 'eckRemoteClusters.overview';

/** The overview's cross-references (remote → ECK cluster, CA expiry, qualification) and auto-refresh. */
export const overviewStrings = {
  autoRefresh: (seconds: number) =>
    i18n.translate(`${ID}.autoRefresh`, {
      defaultMessage: 'Refreshes every {seconds} s',
      values: { seconds },
    }),
  autoRefreshPaused: i18n.translate(`${ID}.autoRefreshPaused`, {
    defaultMessage: 'Auto-refresh paused while the tab is hidden',
  }),
  updatedAt: (time: string) =>
    i18n.translate(`${ID}.updatedAt`, { defaultMessage: 'Updated at {time}', values: { time } }),
  remoteColumns: {
    eckCluster: i18n.translate(`${ID}.remoteColumns.eckCluster`, { defaultMessage: 'ECK cluster' }),
    caExpiry: i18n.translate(`${ID}.remoteColumns.caExpiry`, { defaultMessage: 'CA expiry' }),
  },
  matchVia: {
    load_balancer: (service: string) =>
      i18n.translate(`${ID}.matchVia.loadBalancer`, {
        defaultMessage: 'Load balancer address of {service}',
        values: { service },
      }),
    service_dns: (service: string) =>
      i18n.translate(`${ID}.matchVia.serviceDns`, { defaultMessage: 'DNS name of {service}', values: { service } }),
    node_port: (service: string) =>
      i18n.translate(`${ID}.matchVia.nodePort`, {
        defaultMessage: 'Node port of {service} (node address not checked)',
        values: { service },
      }),
    server_name: (service: string) =>
      i18n.translate(`${ID}.matchVia.serverName`, {
        defaultMessage: 'Server name of {service}; the proxy address is not one of its addresses',
        values: { service },
      }),
  } satisfies Record<EckMatchEvidence, (service: string) => string>,
  notEck: i18n.translate(`${ID}.notEck`, { defaultMessage: 'None found in Kubernetes' }),
  eckLoading: i18n.translate(`${ID}.eckLoading`, { defaultMessage: 'Looking in Kubernetes…' }),
  eckUnknown: i18n.translate(`${ID}.eckUnknown`, { defaultMessage: 'Unknown: Kubernetes could not be read' }),
  caLoading: i18n.translate(`${ID}.caLoading`, { defaultMessage: 'Checking…' }),
  caUnknown: i18n.translate(`${ID}.caUnknown`, { defaultMessage: 'Unknown' }),
  caNotApplicable: i18n.translate(`${ID}.caNotApplicable`, { defaultMessage: '—' }),
  caExpires: (date: string, days: number) =>
    i18n.translate(`${ID}.caExpires`, {
      defaultMessage: '{date} (in {days} days)',
      values: { date, days },
    }),
  caExpired: (date: string) =>
    i18n.translate(`${ID}.caExpired`, { defaultMessage: 'Expired on {date}', values: { date } }),
  caRotated: i18n.translate(`${ID}.caRotated`, { defaultMessage: 'ECK renewed it: the nodes trust the old CA' }),
  validate: i18n.translate(`${ID}.validate`, { defaultMessage: 'Validate' }),
  validateAriaLabel: (alias: string) =>
    i18n.translate(`${ID}.validateAriaLabel`, {
      defaultMessage: 'Validate a cross-cluster search through {alias}',
      values: { alias },
    }),
  eckColumns: {
    canConnect: i18n.translate(`${ID}.eckColumns.canConnect`, { defaultMessage: 'Can connect' }),
  },
  apiKeyModel: i18n.translate(`${ID}.apiKeyModel`, { defaultMessage: 'API key' }),
  certificateModel: i18n.translate(`${ID}.certificateModel`, { defaultMessage: 'Certificate' }),
  cannotConnect: i18n.translate(`${ID}.cannotConnect`, { defaultMessage: 'Cannot connect' }),
  connectedAs: (aliases: string) =>
    i18n.translate(`${ID}.connectedAs`, { defaultMessage: 'Connected as {aliases}', values: { aliases } }),
  connectDisabled: (reason: string) =>
    i18n.translate(`${ID}.connectDisabled`, {
      defaultMessage: 'Connect is not possible: {reason}',
      values: { reason },
    }),
};
