import type { ManagedKeyUsage } from '../../../../common/key_lifecycle/key_lifecycle_types';
import { i18n } from '../../i18n';

const ID = 'eckRemoteClusters.keys';

/** Every string of the cross-cluster API keys page. */
export const keysStrings = {
  breadcrumb: i18n.translate(`${ID}.breadcrumb`, { defaultMessage: 'Cross-cluster API keys' }),
  link: i18n.translate(`${ID}.link`, { defaultMessage: 'Cross-cluster API keys' }),
  pageTitle: i18n.translate(`${ID}.pageTitle`, { defaultMessage: 'Cross-cluster API keys' }),
  pageDescription: i18n.translate(`${ID}.pageDescription`, {
    defaultMessage:
      'The cross-cluster API keys this plugin created on each ECK cluster, found by their metadata: which remote cluster uses them, their access and expiry. Rotate a key without failed searches, and invalidate keys nothing uses any more.',
  }),
  refresh: i18n.translate(`${ID}.refresh`, { defaultMessage: 'Refresh' }),
  loading: i18n.translate(`${ID}.loading`, { defaultMessage: 'Reading the keys of every ECK cluster…' }),
  clusterTitle: (namespace: string, name: string) =>
    i18n.translate(`${ID}.clusterTitle`, { defaultMessage: '{namespace}/{name}', values: { namespace, name } }),
  noKeys: i18n.translate(`${ID}.noKeys`, { defaultMessage: 'No key made by this plugin.' }),
  clusterError: (error: string) =>
    i18n.translate(`${ID}.clusterError`, { defaultMessage: 'The keys could not be read: {error}', values: { error } }),
  columns: {
    name: i18n.translate(`${ID}.columns.name`, { defaultMessage: 'Key' }),
    alias: i18n.translate(`${ID}.columns.alias`, { defaultMessage: 'Remote cluster' }),
    usage: i18n.translate(`${ID}.columns.usage`, { defaultMessage: 'Use' }),
    access: i18n.translate(`${ID}.columns.access`, { defaultMessage: 'Access' }),
    expiration: i18n.translate(`${ID}.columns.expiration`, { defaultMessage: 'Expires' }),
    actions: i18n.translate(`${ID}.columns.actions`, { defaultMessage: 'Actions' }),
  },
  usage: {
    in_use: i18n.translate(`${ID}.usage.inUse`, { defaultMessage: 'In use' }),
    rotating_out: i18n.translate(`${ID}.usage.rotatingOut`, { defaultMessage: 'Being replaced' }),
    rotating_in: i18n.translate(`${ID}.usage.rotatingIn`, { defaultMessage: 'Replacement' }),
    orphan: i18n.translate(`${ID}.usage.orphan`, { defaultMessage: 'Orphan' }),
    other_cluster: i18n.translate(`${ID}.usage.otherCluster`, { defaultMessage: 'Another local cluster' }),
  } satisfies Record<ManagedKeyUsage, string>,
  never: i18n.translate(`${ID}.never`, { defaultMessage: 'Never' }),
  access: (kind: string, patterns: string) =>
    i18n.translate(`${ID}.access`, { defaultMessage: '{kind}: {patterns}', values: { kind, patterns } }),
  rotate: i18n.translate(`${ID}.rotate`, { defaultMessage: 'Rotate' }),
  rotateAriaLabel: (alias: string) =>
    i18n.translate(`${ID}.rotateAriaLabel`, { defaultMessage: 'Rotate the key of {alias}', values: { alias } }),
  invalidate: i18n.translate(`${ID}.invalidate`, { defaultMessage: 'Invalidate' }),
  invalidateAriaLabel: (name: string) =>
    i18n.translate(`${ID}.invalidateAriaLabel`, {
      defaultMessage: 'Invalidate the orphan key {name}',
      values: { name },
    }),
  confirmInvalidateTitle: (name: string) =>
    i18n.translate(`${ID}.confirmInvalidateTitle`, { defaultMessage: 'Invalidate {name}?', values: { name } }),
  confirmInvalidateBody: (alias: string, cluster: string) =>
    i18n.translate(`${ID}.confirmInvalidateBody`, {
      defaultMessage:
        'The local cluster has no remote cluster {alias} any more, so nothing uses this key. Invalidating it on {cluster} cannot be undone.',
      values: { alias, cluster },
    }),
  confirmInvalidate: i18n.translate(`${ID}.confirmInvalidate`, { defaultMessage: 'Invalidate the key' }),
  cancel: i18n.translate(`${ID}.cancel`, { defaultMessage: 'Cancel' }),
  invalidated: (name: string) =>
    i18n.translate(`${ID}.invalidated`, { defaultMessage: 'Invalidated {name}.', values: { name } }),
  rotation: {
    title: (alias: string, cluster: string) =>
      i18n.translate(`${ID}.rotation.title`, {
        defaultMessage: 'Rotate the key of {alias} ({cluster})',
        values: { alias, cluster },
      }),
    close: i18n.translate(`${ID}.rotation.close`, { defaultMessage: 'Close' }),
    apply: i18n.translate(`${ID}.rotation.apply`, { defaultMessage: 'Apply' }),
    reload: i18n.translate(`${ID}.rotation.reload`, { defaultMessage: 'I updated every node: reload' }),
    checkAgain: i18n.translate(`${ID}.rotation.checkAgain`, { defaultMessage: 'Check again' }),
    lastRotation: (from: string, to: string) =>
      i18n.translate(`${ID}.rotation.lastRotation`, {
        defaultMessage: 'Last rotation: {from} was replaced by {to}.',
        values: { from, to },
      }),
    reloadFailures: (nodes: string) =>
      i18n.translate(`${ID}.rotation.reloadFailures`, {
        defaultMessage: 'The reload failed on {nodes}: fix the keystore there and reload again.',
        values: { nodes },
      }),
  },
};
