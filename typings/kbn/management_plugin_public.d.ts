// Subset of `@kbn/management-plugin/public` used by `public/plugin.ts`.
import type { ChromeBreadcrumb, ScopedHistory } from '@kbn/core/public';

export interface ManagementAppMountParams {
  basePath: string;
  element: HTMLElement;
  setBreadcrumbs: (crumbs: ChromeBreadcrumb[]) => void;
  history: ScopedHistory;
  theme: unknown;
}
export type Unmount = () => Promise<void> | void;
export type Mount = (params: ManagementAppMountParams) => Unmount | Promise<Unmount>;
export interface RegisterManagementAppArgs {
  id: string;
  title: string;
  mount: Mount;
  order?: number;
  tip?: string;
  euiIconType?: string;
}
export interface ManagementSection {
  registerApp(args: RegisterManagementAppArgs): unknown;
}
export interface ManagementSetup {
  sections: {
    section: Record<'ingest' | 'data' | 'insightsAndAlerting' | 'security' | 'kibana' | 'stack', ManagementSection>;
  };
}
