import { useEffect, useRef, useState } from 'react';
import { useAppServices } from '../services/app_services';

/** Kubernetes reports a change as several events (spec, then status, then Services): re-plan once. */
export const CHANGE_DEBOUNCE_MS = 250;
/** Without live events, a waiting step is checked this often. */
export const FALLBACK_POLL_MS = 5000;

/** `connecting` until the server accepts; `live` while events flow; `failed` once the stream is gone. */
export type ConnectionEventsStatus = 'connecting' | 'live' | 'failed';

interface Options {
  namespace: string;
  name: string;
  /** Called, debounced, after Kubernetes changed the ECK cluster or its Services; and when polling. */
  onChange: () => void;
  /** Whether to poll while the stream is unavailable: only worth it while a step is waiting. */
  pollWhenUnavailable: boolean;
}

/**
 * Follows the ECK cluster's changes through the connection events route, so a waiting step
 * completes on screen as soon as Kubernetes says so. When the stream fails it is not reopened:
 * the plan is read every 5 seconds instead, and only while something is waiting.
 */
export function useConnectionEvents({ namespace, name, onChange, pollWhenUnavailable }: Options) {
  const { connectionEvents } = useAppServices();
  const [status, setStatus] = useState<ConnectionEventsStatus>('connecting');
  const onChangeRef = useRef(onChange);
  useEffect(() => {
    onChangeRef.current = onChange;
  }, [onChange]);

  useEffect(() => {
    const controller = new AbortController();
    let debounce: ReturnType<typeof setTimeout> | undefined;
    const changed = () => {
      clearTimeout(debounce);
      debounce = setTimeout(() => onChangeRef.current(), CHANGE_DEBOUNCE_MS);
    };
    const failed = () => {
      if (!controller.signal.aborted) setStatus('failed');
    };
    connectionEvents
      .subscribe({ namespace, name }, { onOpen: () => setStatus('live'), onChange: changed }, controller.signal)
      .then(failed, failed);
    return () => {
      controller.abort();
      clearTimeout(debounce);
    };
  }, [connectionEvents, namespace, name]);

  const polling = status === 'failed' && pollWhenUnavailable;
  useEffect(() => {
    if (!polling) return;
    const timer = setInterval(() => onChangeRef.current(), FALLBACK_POLL_MS);
    return () => clearInterval(timer);
  }, [polling]);

  return status;
}
