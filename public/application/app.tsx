import { AppRouter } from './router/app_router';
import { AppServicesContext, type AppServices } from './services/app_services';

export function App({ services }: { services: AppServices }) {
  return (
    <AppServicesContext.Provider value={services}>
      <AppRouter />
    </AppServicesContext.Provider>
  );
}
