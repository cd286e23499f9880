import { createContext, useContext } from 'react';
import type { ApplicationStart, CoreStart, HttpStart } from '@kbn/core/public';
import { createApiClient, type ApiClient } from './api_client';

/** What the pages need from Kibana, narrowed so tests fake only that. */
export interface AppServices {
  api: ApiClient;
  application: Pick<ApplicationStart, 'navigateToApp'>;
  basePath: HttpStart['basePath'];
}

export function createAppServices({ http, application }: Pick<CoreStart, 'http' | 'application'>): AppServices {
  return { api: createApiClient(http), application, basePath: http.basePath };
}

export const AppServicesContext = createContext<AppServices | null>(null);

export function useAppServices(): AppServices {
  const services = useContext(AppServicesContext);
  if (!services) throw new Error('useAppServices must be used inside AppServicesContext.Provider');
  return services;
}
