import type { CoreSetup, Plugin, PluginInitializerContext } from '@kbn/core/public';
import type { ManagementSetup } from '@kbn/management-plugin/public';
import { MANAGEMENT_APP_ID, MANAGEMENT_SECTION_ID, PLUGIN_NAME } from '../common/constants';

export interface EckRemoteClustersSetupDeps {
  management: ManagementSetup;
}

/** Right after Kibana's Remote Clusters (order 7) in the Data section. */
const MANAGEMENT_APP_ORDER = 8;

/**
 * Only registers the management app. Everything else (React, EUI, the pages) is imported when
 * the app mounts, so it stays out of the bundle every Kibana page loads.
 */
export class EckRemoteClustersPublicPlugin implements Plugin<void, void, EckRemoteClustersSetupDeps> {
  constructor(_initializerContext: PluginInitializerContext) {}

  setup(core: CoreSetup, { management }: EckRemoteClustersSetupDeps): void {
    management.sections.section[MANAGEMENT_SECTION_ID].registerApp({
      id: MANAGEMENT_APP_ID,
      title: PLUGIN_NAME,
      order: MANAGEMENT_APP_ORDER,
      euiIconType: 'logoKubernetes',
      async mount(params) {
        const [coreStart] = await core.getStartServices();
        const { renderApp } = await import('./application/render_app');
        return renderApp(coreStart, params);
      },
    });
  }

  start(): void {}
}
