import { i18n } from '../../i18n';
import { strings } from '../../strings';

const ID = 'eckRemoteClusters.remoteStatus';

/** The live status column and the Reconnect action of the remote clusters table. */
export const remoteStatusStrings = {
  states: {
    connected: strings.remoteClusters.connected,
    disconnected: strings.remoteClusters.notConnected,
    timed_out: i18n.translate(`${ID}.timedOut`, { defaultMessage: 'Timed out' }),
  },
  checking: i18n.translate(`${ID}.checking`, { defaultMessage: 'Checking now…' }),
  lastKnown: i18n.translate(`${ID}.lastKnown`, {
    defaultMessage: 'Last known (_remote/info); the live check did not answer.',
  }),
  staleRemoteInfo: i18n.translate(`${ID}.staleRemoteInfo`, {
    defaultMessage: '_remote/info still said connected.',
  }),
  reconnect: i18n.translate(`${ID}.reconnect`, { defaultMessage: 'Reconnect' }),
  reconnectAriaLabel: (alias: string) =>
    i18n.translate(`${ID}.reconnectAriaLabel`, { defaultMessage: 'Reconnect {alias} now', values: { alias } }),
  reconnectFailed: (message: string) =>
    i18n.translate(`${ID}.reconnectFailed`, { defaultMessage: 'Reconnect failed: {message}', values: { message } }),
};
