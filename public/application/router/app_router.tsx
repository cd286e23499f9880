import { useEffect, useMemo } from 'react';
import { ConnectPage } from '../pages/connect/connect_page';
import { RemoteAddedPage } from '../pages/connect/remote_added_page';
import { KeysPage } from '../pages/keys/keys_page';
import { DoctorPage } from '../pages/doctor/doctor_page';
import { OverviewPage } from '../pages/overview/overview_page';
import { ValidatePage } from '../pages/validate/validate_page';
import { useAppServices } from '../services/app_services';
import { matchRoute } from './app_routes';
import { breadcrumbsFor } from './breadcrumbs';
import { NotFoundPage } from './not_found_page';
import { useHistoryLocation } from './use_history_location';

/** Renders the page the scoped history points at, and names it in Kibana's breadcrumbs. */
export function AppRouter() {
  const { history, setBreadcrumbs } = useAppServices();
  const { pathname } = useHistoryLocation(history);
  const route = useMemo(() => matchRoute(pathname), [pathname]);

  useEffect(() => setBreadcrumbs(breadcrumbsFor(route)), [setBreadcrumbs, route]);

  switch (route.page) {
    case 'overview':
      return <OverviewPage />;
    case 'connect':
      // A new key per cluster: nothing of one connection's state carries over to another.
      return <ConnectPage key={`${route.namespace}/${route.name}`} namespace={route.namespace} name={route.name} />;
    case 'remoteAdded':
      return <RemoteAddedPage eckCluster={route.eckCluster} />;
    case 'validate':
      return <ValidatePage key={route.alias ?? ''} initialAlias={route.alias} />;
    case 'keys':
      return <KeysPage />;
    case 'doctor':
      return (
        <DoctorPage
          key={[route.alias, route.eckCluster?.namespace, route.eckCluster?.name].join('/')}
          alias={route.alias}
          eckCluster={route.eckCluster}
        />
      );
    case 'notFound':
      return <NotFoundPage pathname={route.pathname} />;
  }
}
