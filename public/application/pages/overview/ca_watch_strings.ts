import type { CaWatchState } from '../../../../common/ca_watch/ca_watch_types';
import { i18n } from '../../i18n';

const ID = 'eckRemoteClusters.caWatch';

/** The CA-rotation watch's callout on the overview page. */
export const caWatchStrings = {
  title: (state: Exclude<CaWatchState, 'in_sync'>, cluster: string) =>
    ({
      rotation_detected: i18n.translate(`${ID}.rotationDetectedTitle`, {
        defaultMessage: 'ECK renewed the transport CA of {cluster}: update the nodes',
        values: { cluster },
      }),
      expiring: i18n.translate(`${ID}.expiringTitle`, {
        defaultMessage: 'The transport CA of {cluster} expires soon',
        values: { cluster },
      }),
      unknown: i18n.translate(`${ID}.unknownTitle`, {
        defaultMessage: 'The transport CA of {cluster} could not be checked',
        values: { cluster },
      }),
    })[state],
  aliases: (aliases: string) =>
    i18n.translate(`${ID}.aliases`, { defaultMessage: 'Remote clusters: {aliases}', values: { aliases } }),
  expiresIn: (days: number) =>
    i18n.translate(`${ID}.expiresIn`, { defaultMessage: 'Expires in {days} days.', values: { days } }),
  rewriteTitle: i18n.translate(`${ID}.rewriteTitle`, {
    defaultMessage: 'Write the new CA to the same file on every node (no restart)',
  }),
};
