import { createRoot } from 'react-dom/client';
import type { CoreStart } from '@kbn/core/public';
import type { ManagementAppMountParams, Unmount } from '@kbn/management-plugin/public';
import { KibanaRenderContextProvider } from '@kbn/react-kibana-context-render';
import { App } from './app';
import { createAppServices } from './services/app_services';

export function renderApp(coreStart: CoreStart, params: ManagementAppMountParams): Unmount {
  const root = createRoot(params.element);
  root.render(
    <KibanaRenderContextProvider {...coreStart}>
      <App services={createAppServices(coreStart, params)} />
    </KibanaRenderContextProvider>,
  );
  return () => root.unmount();
}
