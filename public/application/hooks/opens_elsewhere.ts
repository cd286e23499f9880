import type { MouseEvent } from 'react';

/** A click the browser should handle itself: open in a new tab or window, or save the link. */
export const opensElsewhere = (event: MouseEvent<HTMLElement>) =>
  event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey;
