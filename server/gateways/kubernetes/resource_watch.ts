import { Watch, type KubeConfig } from '@kubernetes/client-node';

export interface WatchedChange {
  type: 'ADDED' | 'MODIFIED' | 'DELETED';
  kind: string;
  name: string;
  resourceVersion: string;
}

/** How long one watch request lasts before it is renewed from where it stopped, as informers do. */
const WATCH_TIMEOUT_SECONDS = 300;
/** After a failure the delay doubles, up to the cap, as client-go's reflector backs off. */
const FIRST_RETRY_DELAY_MS = 1_000;
const MAX_RETRY_DELAY_MS = 30_000;

/**
 * A refusal is not always final: a restarting kube-apiserver answers 403 until its RBAC cache has
 * synced, and an admin may fix the binding. It is reported once, then retried with the backoff.
 */
const isRefusal = (statusCode: number | undefined) => statusCode === 401 || statusCode === 403;

const statusCodeOf = (error: unknown) => (error as { statusCode?: number } | null | undefined)?.statusCode;

/**
 * Follows a collection with a Kubernetes watch (never polling): resumes from the last
 * resourceVersion when the API server ends the request or goes away (a restart), and starts afresh
 * after a 410 Gone, whether it comes as an ERROR event or as the response status (the events it
 * missed are gone; the caller re-reads state on every change anyway). Failures are retried with a
 * backoff, so an API server that stays down or refuses is not asked every second.
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
  let failures = 0;
  let refusalReported = false;
  let retry: NodeJS.Timeout | undefined;
  const startIn = (delayMs: number) => (retry = setTimeout(() => void start(), delayMs));

  // client-node reports a refused or failed request through `done`, not by rejecting.
  const ended = (error: unknown) => {
    if (signal.aborted) return;
    const statusCode = statusCodeOf(error);
    if (isRefusal(statusCode) && !refusalReported) {
      refusalReported = true;
      onRefused(`Kubernetes refused to watch ${path} (${statusCode}): the plugin needs the watch verb there`);
    }
    // 410: the events since resourceVersion are gone; a fresh watch lists what exists instead.
    if (statusCode === 410) resourceVersion = undefined;
    if (!error || statusCode === 410) return void startIn(0);
    failures += 1;
    startIn(Math.min(MAX_RETRY_DELAY_MS, FIRST_RETRY_DELAY_MS * 2 ** (failures - 1)));
  };

  const start = async () => {
    if (signal.aborted) return;
    const query = {
      allowWatchBookmarks: false,
      timeoutSeconds: WATCH_TIMEOUT_SECONDS,
      ...(labelSelector ? { labelSelector } : {}),
      ...(resourceVersion ? { resourceVersion } : {}),
    };
    let endedEarly = false;
    // The API server reports a watch it cannot serve (410 Expired, say) as a last ERROR event.
    let errorEvent: { statusCode?: number } | undefined;
    try {
      current = await watch.watch(
        path,
        query,
        (type, object) => {
          if (type === 'ERROR') {
            errorEvent = { statusCode: object?.code };
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
          endedEarly = true;
          ended(error ?? errorEvent);
        },
      );
      // Not ended while the response was awaited: the API server answered 200 and is streaming.
      if (!endedEarly) {
        failures = 0;
        refusalReported = false;
      }
    } catch (error) {
      // Before any request: no current cluster in the kubeconfig, say.
      ended(error ?? new Error('the watch could not start'));
    }
  };
  signal.addEventListener(
    'abort',
    () => {
      clearTimeout(retry);
      current?.abort();
    },
    { once: true },
  );
  void start();
}
