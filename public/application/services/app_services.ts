import { createContext, useContext } from 'react';
import type { ApplicationStart, CoreStart, HttpStart, ScopedHistory } from '@kbn/core/public';
import type { ManagementAppMountParams } from '@kbn/management-plugin/public';
import { createApiClient, type ApiClient } from './api_client';
import { createConnectionEventsClient, type ConnectionEventsClient } from './connection_events_client';

/** What the pages need from Kibana, narrowed so tests fake only that. */
export interface AppServices {
  api: ApiClient;
  connectionEvents: ConnectionEventsClient;
  application: Pick<ApplicationStart, 'navigateToApp'>;
  basePath: HttpStart['basePath'];
  /** The mount's history, scoped to the app: `/` is the overview. */
  history: ScopedHistory;
  setBreadcrumbs: ManagementAppMountParams['setBreadcrumbs'];
}

export function createAppServices(
  { http, application }: Pick<CoreStart, 'http' | 'application'>,
  { history, setBreadcrumbs }: Pick<ManagementAppMountParams, 'history' | 'setBreadcrumbs'>,
  // Looked up on each call rather than captured, so the page's fetch is the one in use.
  fetchImpl: typeof fetch = (input, init) => fetch(input, init),
): AppServices {
  return {
    api: createApiClient(http),
    connectionEvents: createConnectionEventsClient(http.basePath, fetchImpl),
    application,
    basePath: http.basePath,
    history,
    setBreadcrumbs,
  };
}

export const AppServicesContext = createContext<AppServices | null>(null);

export function useAppServices(): AppServices {
  const services = useContext(AppServicesContext);
  if (!services) throw new Error('useAppServices must be used inside AppServicesContext.Provider');
  return services;
}
