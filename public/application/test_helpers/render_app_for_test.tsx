import { render } from '@testing-library/react';
import { API_ROUTES } from '../../../common/api/api_routes';
import { KibanaRenderContextProvider } from '@kbn/react-kibana-context-render';
import { App } from '../app';
import { createAppServices } from '../services/app_services';
import { createFakeCoreStart, type Responder } from './fake_core_start';

interface Responders {
  localCluster: Responder;
  eckClusters: Responder;
}

/** Renders the whole app against a fake Kibana whose API answers with `responders`. */
export function renderAppForTest({ localCluster, eckClusters }: Responders) {
  const fake = createFakeCoreStart({
    [API_ROUTES.localCluster.path]: localCluster,
    [API_ROUTES.listEckClusters.path]: eckClusters,
  });
  const result = render(
    <KibanaRenderContextProvider {...fake.coreStart}>
      <App services={createAppServices(fake.coreStart)} />
    </KibanaRenderContextProvider>,
  );
  return { ...result, ...fake };
}
