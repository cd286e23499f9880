import { render } from '@testing-library/react';
import { createMemoryHistory } from 'history';
import type { ScopedHistory } from '@kbn/core/public';
import { KibanaRenderContextProvider } from '@kbn/react-kibana-context-render';
import { API_ROUTES } from '../../../common/api/api_routes';
import { App } from '../app';
import { createAppServices } from '../services/app_services';
import { createFakeCoreStart, pending, type Responder } from './fake_core_start';
import { fakeEventStreams } from './fake_event_stream';

interface Options {
  localCluster?: Responder;
  eckClusters?: Responder;
  plan?: Responder;
  apply?: Responder;
  /** The certificate model's routes. */
  certificatePlan?: Responder;
  certificateApply?: Responder;
  /** Where the app opens, relative to its root: `/connect/ns/name?alias=…`. */
  path?: string;
  /** The connection events route's streams; by default they open and stay quiet. */
  events?: ReturnType<typeof fakeEventStreams>;
  /** Responders of further routes, by path. */
  otherGets?: Record<string, Responder>;
  otherPosts?: Record<string, Responder>;
}

/** Renders the whole app against a fake Kibana whose API answers with the responders given. */
export function renderAppForTest({
  localCluster = pending(),
  eckClusters = pending(),
  plan = pending(),
  apply = pending(),
  certificatePlan = pending(),
  certificateApply = pending(),
  path = '/',
  events = fakeEventStreams(),
  otherGets = {},
  otherPosts = {},
}: Options = {}) {
  const fake = createFakeCoreStart(
    { [API_ROUTES.localCluster.path]: localCluster, [API_ROUTES.listEckClusters.path]: eckClusters, ...otherGets },
    {
      [API_ROUTES.planApiKeyConnection.path]: plan,
      [API_ROUTES.applyApiKeyStep.path]: apply,
      [API_ROUTES.planCertificateConnection.path]: certificatePlan,
      [API_ROUTES.applyCertificateStep.path]: certificateApply,
      ...otherPosts,
    },
  );
  const history: ScopedHistory = createMemoryHistory({ initialEntries: [path] });
  const setBreadcrumbs = jest.fn();
  const services = createAppServices(fake.coreStart, { history, setBreadcrumbs }, events.fetch);
  const result = render(
    <KibanaRenderContextProvider {...fake.coreStart}>
      <App services={services} />
    </KibanaRenderContextProvider>,
  );
  return { ...result, ...fake, history, setBreadcrumbs, events };
}
