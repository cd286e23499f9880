import { act, within } from '@testing-library/react';
import { createMemoryHistory } from 'history';
import type {
  ManagementAppMountParams,
  ManagementSetup,
  RegisterManagementAppArgs,
} from '@kbn/management-plugin/public';
import { API_ROUTES } from '../common/api/api_routes';
import { createFakeCoreStart, respondWith } from './application/test_helpers/fake_core_start';
import { eckClusters, localCluster } from './application/test_helpers/fixtures';
import { plugin } from '.';

// Records when the application module is evaluated: it must be at mount, not when the plugin loads.
const mockApplicationLoaded = jest.fn();
jest.mock('./application/render_app', () => {
  mockApplicationLoaded();
  return jest.requireActual('./application/render_app');
});

function setUpPlugin() {
  const { coreStart } = createFakeCoreStart({
    [API_ROUTES.localCluster.path]: respondWith(localCluster()),
    [API_ROUTES.listEckClusters.path]: respondWith(eckClusters()),
  });
  const registerApp = jest.fn<unknown, [RegisterManagementAppArgs]>();
  const otherSection = { registerApp: jest.fn() };
  const management: ManagementSetup = {
    sections: {
      section: {
        ingest: otherSection,
        data: { registerApp },
        insightsAndAlerting: otherSection,
        security: otherSection,
        kibana: otherSection,
        stack: otherSection,
      },
    },
  };
  plugin({ env: { packageInfo: { version: '9.5.0' } } }).setup(
    { getStartServices: () => Promise.resolve([coreStart, {}, undefined]) },
    { management },
  );
  return { registerApp, otherSection };
}

function mountParams(element: HTMLElement) {
  const setBreadcrumbs = jest.fn();
  const params: Pick<ManagementAppMountParams, 'basePath' | 'element' | 'setBreadcrumbs' | 'history'> = {
    basePath: '/app/management/data/eck_remote_clusters',
    element,
    setBreadcrumbs,
    history: createMemoryHistory(),
  };
  // The app does not use the theme it is handed.
  return { params: params as ManagementAppMountParams, setBreadcrumbs };
}

describe('public plugin', () => {
  it('registers the app in the Data section of Stack Management, without loading it', () => {
    const { registerApp, otherSection } = setUpPlugin();

    expect(registerApp).toHaveBeenCalledTimes(1);
    expect(registerApp).toHaveBeenCalledWith(
      expect.objectContaining({ id: 'eck_remote_clusters', title: 'ECK remote clusters', order: 8 }),
    );
    expect(otherSection.registerApp).not.toHaveBeenCalled();
    expect(mockApplicationLoaded).not.toHaveBeenCalled();
  });

  it('loads the application on mount, renders it with breadcrumbs, and unmounts it', async () => {
    const { registerApp } = setUpPlugin();
    const [{ mount }] = registerApp.mock.calls[0];
    const element = document.body.appendChild(document.createElement('div'));
    const { params, setBreadcrumbs } = mountParams(element);

    // Rendering outside RTL's `render`, so wrapped in `act` as RTL would.
    const unmount = await act(() => mount(params));

    expect(mockApplicationLoaded).toHaveBeenCalledTimes(1);
    expect(setBreadcrumbs).toHaveBeenCalledWith([{ text: 'ECK remote clusters' }]);
    expect(within(element).getByRole('heading', { level: 1, name: 'ECK remote clusters' })).toBeInTheDocument();
    expect(await within(element).findByTestId('remoteClustersTable')).toBeInTheDocument();
    expect(await within(element).findByTestId('eckClustersTable')).toBeInTheDocument();

    await act(() => unmount());

    expect(element).toBeEmptyDOMElement();
    element.remove();
  });
});
