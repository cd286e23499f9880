import { useCallback, type MouseEvent } from 'react';
import { useAppServices } from '../services/app_services';
import { opensElsewhere } from './opens_elsewhere';

/**
 * Props for a link to a page of this app: a real href (through the scoped history, so it carries
 * Kibana's base path and opens in a new tab), and a plain click that navigates without reloading.
 */
export function useAppLink(pathname: string) {
  const { history } = useAppServices();
  const onClick = useCallback(
    (event: MouseEvent<HTMLElement>) => {
      if (event.defaultPrevented || opensElsewhere(event)) return;
      event.preventDefault();
      history.push(pathname);
    },
    [history, pathname],
  );
  return { href: history.createHref({ pathname }), onClick };
}
