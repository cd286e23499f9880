import { useCallback, useSyncExternalStore } from 'react';
import type { ScopedHistory } from '@kbn/core/public';

/** The history's current location, re-rendering on every navigation (push, replace, back). */
export function useHistoryLocation(history: ScopedHistory) {
  const subscribe = useCallback((onChange: () => void) => history.listen(onChange), [history]);
  return useSyncExternalStore(subscribe, () => history.location);
}
