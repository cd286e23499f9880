import { useCallback, type MouseEvent } from 'react';
import { useAppServices } from '../services/app_services';
import type { KibanaLocation } from '../services/kibana_locations';
import { opensElsewhere } from './opens_elsewhere';

/**
 * Props for a link to another Kibana app: a real href, so the link can be opened in a new tab,
 * and a plain click that navigates inside Kibana without reloading the page.
 */
export function useKibanaLink(location: KibanaLocation) {
  const { application, basePath } = useAppServices();
  const { appId, path } = location;
  const onClick = useCallback(
    (event: MouseEvent<HTMLElement>) => {
      if (event.defaultPrevented || opensElsewhere(event)) return;
      event.preventDefault();
      void application.navigateToApp(appId, { path });
    },
    [application, appId, path],
  );
  return { href: basePath.prepend(location.url), onClick };
}
