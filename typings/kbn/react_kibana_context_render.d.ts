// Subset of `@kbn/react-kibana-context-render` used by `public/application/render_app.tsx`.
import type { FC, PropsWithChildren } from 'react';
import type { CoreStart } from '@kbn/core/public';

export type KibanaRenderContextProviderProps = PropsWithChildren<
  Pick<CoreStart, 'analytics' | 'executionContext' | 'i18n' | 'theme' | 'userProfile'>
>;
export declare const KibanaRenderContextProvider: FC<KibanaRenderContextProviderProps>;
