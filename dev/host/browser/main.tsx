import { EuiBreadcrumbs, EuiHeader, EuiHeaderSection, EuiHeaderSectionItem, EuiProvider } from '@elastic/eui';
import { createBrowserHistory } from 'history';
import { useSyncExternalStore } from 'react';
import { createRoot } from 'react-dom/client';
import type { ChromeBreadcrumb, CoreSetup, CoreStart } from '@kbn/core/public';
import type {
  ManagementAppMountParams,
  ManagementSetup,
  RegisterManagementAppArgs,
} from '@kbn/management-plugin/public';
import { APP_PATH, MANAGEMENT_SECTION_ID } from '../../../common/constants';
import { plugin } from '../../../public';
import { createHttpService } from './http_service';
import { createToasts } from './toasts';

/**
 * The standalone host's stand-in for Kibana's browser platform: it runs the real public plugin's
 * setup, captures the management app it registers, and mounts it as Stack Management would.
 */
const { toasts, ToastList } = createToasts();
const history = createBrowserHistory({ basename: APP_PATH });

let breadcrumbs: ChromeBreadcrumb[] = [];
const breadcrumbListeners = new Set<() => void>();
const setBreadcrumbs = (crumbs: ChromeBreadcrumb[]) => {
  breadcrumbs = [{ text: 'Stack Management' }, ...crumbs];
  breadcrumbListeners.forEach((listener) => listener());
};

const coreStart: CoreStart = {
  http: createHttpService(),
  notifications: { toasts },
  application: {
    navigateToApp: async (appId, options) => {
      window.location.assign(`/app/${appId}${options?.path ?? ''}`);
    },
    getUrlForApp: (appId, options) => `/app/${appId}${options?.path ?? ''}`,
  },
  i18n: {},
  theme: {},
  analytics: {},
  userProfile: {},
  executionContext: {},
};

function Chrome() {
  const crumbs = useSyncExternalStore(
    (listener) => {
      breadcrumbListeners.add(listener);
      return () => breadcrumbListeners.delete(listener);
    },
    () => breadcrumbs,
  );
  return (
    <EuiProvider colorMode="light">
      <EuiHeader position="fixed" data-test-subj="hostHeader">
        <EuiHeaderSection>
          <EuiHeaderSectionItem>
            <EuiBreadcrumbs breadcrumbs={crumbs} data-test-subj="breadcrumbs" />
          </EuiHeaderSectionItem>
        </EuiHeaderSection>
      </EuiHeader>
      <ToastList />
    </EuiProvider>
  );
}

async function boot() {
  const body = document.getElementById('kibana-body') as HTMLElement;
  const chromeElement = body.appendChild(document.createElement('div'));
  const appElement = body.appendChild(document.createElement('main'));
  appElement.style.padding = '64px 24px 24px';
  createRoot(chromeElement).render(<Chrome />);

  let registered: RegisterManagementAppArgs | undefined;
  const management = {
    sections: {
      section: new Proxy({} as ManagementSetup['sections']['section'], {
        get: (_target, sectionId) => ({
          registerApp: (app: RegisterManagementAppArgs) => {
            if (sectionId === MANAGEMENT_SECTION_ID) registered = app;
          },
        }),
      }),
    },
  } as ManagementSetup;
  const coreSetup: CoreSetup = { getStartServices: async () => [coreStart, {}, undefined] };
  plugin({ env: { packageInfo: { version: 'standalone' } } }).setup(coreSetup, { management });
  if (!registered) throw new Error('The plugin registered no management app in the data section');

  const params: ManagementAppMountParams = {
    basePath: APP_PATH,
    element: appElement,
    setBreadcrumbs,
    history,
    theme: {},
  };
  await registered.mount(params);
}

void boot();
