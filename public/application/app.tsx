import { OverviewPage } from './pages/overview/overview_page';
import { AppServicesContext, type AppServices } from './services/app_services';

export function App({ services }: { services: AppServices }) {
  return (
    <AppServicesContext.Provider value={services}>
      <OverviewPage />
    </AppServicesContext.Provider>
  );
}
