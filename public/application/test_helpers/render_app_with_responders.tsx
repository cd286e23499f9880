import { render } from '@testing-library/react';
import { createMemoryHistory } from 'history';
import type { ScopedHistory } from '@kbn/core/public';
import { KibanaRenderContextProvider } from '@kbn/react-kibana-context-render';
import { App } from '../app';
import { createAppServices } from '../services/app_services';
import { createFakeCoreStart, type Responder } from './fake_core_start';
import { fakeEventStreams } from './fake_event_stream';

/**
 * The whole app at `path` against a fake Kibana answering any API path given, GET and POST alike:
 * for pages whose routes `renderAppForTest` does not name.
 */
export function renderAppWithResponders(
  path: string,
  get: Record<string, Responder>,
  post: Record<string, Responder> = {},
) {
  const fake = createFakeCoreStart(get, post);
  const history: ScopedHistory = createMemoryHistory({ initialEntries: [path] });
  const services = createAppServices(fake.coreStart, { history, setBreadcrumbs: jest.fn() }, fakeEventStreams().fetch);
  const result = render(
    <KibanaRenderContextProvider {...fake.coreStart}>
      <App services={services} />
    </KibanaRenderContextProvider>,
  );
  return { ...result, ...fake, history };
}
