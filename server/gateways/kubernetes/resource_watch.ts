import { Watch, type KubeConfig } from '@kubernetes/client-node';

export interface WatchedChange {
  type: 'ADDED' | 'MODIFIED' | 'DELETED';
  kind: string;
  name: string;
  resourceVersion: string;
}

/** How long one watch request lasts before it is renewed from where it stopped, as informers do. */
const WATCH_TIMEOUT_SECONDS = 300;
const RETRY_DELAY_MS = 1_000;

/**
 * Follows a collection with a Kubernetes watch (never polling): resumes from the last
 * resourceVersion when the API server ends the request, and starts afresh after a 410 Expired
 * (the events it missed are gone; the caller re-reads state on every change anyway).
 */
export function watchCollection(
  kubeConfig: KubeConfig,
  path: string,
  labelSelector: string | undefined,
  onChange: (change: WatchedChange) => void,
  signal: AbortSignal,
  onRefused: (message: string) => void = () => undefined,
): void {
  const watch = new Watch(kubeConfig);
  let resourceVersion: string | undefined;
  let current: AbortController | undefined;

  const start = async () => {
    if (signal.aborted) return;
    const query = {
      allowWatchBookmarks: false,
      timeoutSeconds: WATCH_TIMEOUT_SECONDS,
      ...(labelSelector ? { labelSelector } : {}),
      ...(resourceVersion ? { resourceVersion } : {}),
    };
    try {
      current = await watch.watch(
        path,
        query,
        (type, object) => {
          if (type === 'ERROR') {
            // 410 Expired: the resourceVersion is too old to resume from; begin from now.
            resourceVersion = undefined;
            return;
          }
          resourceVersion = object?.metadata?.resourceVersion ?? resourceVersion;
          if (type === 'ADDED' || type === 'MODIFIED' || type === 'DELETED') {
            onChange({
              type,
              kind: object?.kind ?? '',
              name: object?.metadata?.name ?? '',
              resourceVersion: resourceVersion ?? '',
            });
          }
        },
        (error) => {
          if (signal.aborted) return;
          setTimeout(() => void start(), error ? RETRY_DELAY_MS : 0);
        },
      );
    } catch (error) {
      const statusCode = (error as { statusCode?: number }).statusCode;
      // Retrying cannot fix a refusal: say it once and stop, instead of asking every second forever.
      if (statusCode === 401 || statusCode === 403) {
        onRefused(`Kubernetes refused to watch ${path} (${statusCode}): the plugin needs the watch verb there`);
        return;
      }
      if (!signal.aborted) setTimeout(() => void start(), RETRY_DELAY_MS);
    }
  };
  signal.addEventListener('abort', () => current?.abort(), { once: true });
  void start();
}
