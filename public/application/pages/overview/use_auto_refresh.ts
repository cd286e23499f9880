import { useEffect, useRef, useState } from 'react';
import type { RequestState } from '../../hooks/use_request';

/** Often enough to notice a remote that drops or a cluster ECK finished; the status probe answers well within it. */
export const AUTO_REFRESH_INTERVAL_MS = 30_000;

type Refreshable = Pick<RequestState<unknown>, 'isLoading' | 'reload'>;

const isHidden = () => typeof document !== 'undefined' && document.visibilityState === 'hidden';

/**
 * Reloads each request every `intervalMs`, independently: a request still in flight (a slow remote)
 * is left to finish rather than restarted, so it never holds the others back nor starves itself.
 * Paused while the tab is hidden; on return, refreshes at once when a refresh was missed.
 */
export function useAutoRefresh(requests: Refreshable[], intervalMs = AUTO_REFRESH_INTERVAL_MS) {
  const latest = useRef(requests);
  useEffect(() => {
    latest.current = requests;
  });
  const [paused, setPaused] = useState(isHidden);

  useEffect(() => {
    let lastTick = Date.now();
    let timer: ReturnType<typeof setInterval> | undefined;
    const tick = () => {
      lastTick = Date.now();
      for (const request of latest.current) if (!request.isLoading) request.reload();
    };
    const start = () => {
      if (Date.now() - lastTick >= intervalMs) tick();
      timer = setInterval(tick, intervalMs);
    };
    const onVisibilityChange = () => {
      clearInterval(timer);
      setPaused(isHidden());
      if (!isHidden()) start();
    };
    if (!isHidden()) start();
    document.addEventListener('visibilitychange', onVisibilityChange);
    return () => {
      clearInterval(timer);
      document.removeEventListener('visibilitychange', onVisibilityChange);
    };
  }, [intervalMs]);

  return { paused, intervalMs };
}
