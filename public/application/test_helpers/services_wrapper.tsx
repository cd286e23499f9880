import type { ReactNode } from 'react';
import { createMemoryHistory } from 'history';
import { API_ROUTES } from '../../../common/api/api_routes';
import { AppServicesContext, createAppServices } from '../services/app_services';
import { createFakeCoreStart, pending, type Responder } from './fake_core_start';
import { fakeEventStreams } from './fake_event_stream';

/** For `renderHook`: the app's services over a fake API, without rendering a page. */
export function servicesWrapper({
  plan = pending(),
  events = fakeEventStreams(),
}: { plan?: Responder; events?: ReturnType<typeof fakeEventStreams> } = {}) {
  const fake = createFakeCoreStart({}, { [API_ROUTES.planApiKeyConnection.path]: plan });
  const services = createAppServices(
    fake.coreStart,
    { history: createMemoryHistory(), setBreadcrumbs: jest.fn() },
    events.fetch,
  );
  const wrapper = ({ children }: { children: ReactNode }) => (
    <AppServicesContext.Provider value={services}>{children}</AppServicesContext.Provider>
  );
  return { wrapper, events, ...fake };
}
