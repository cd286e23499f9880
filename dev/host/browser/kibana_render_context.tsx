import { EuiProvider } from '@elastic/eui';
import type { KibanaRenderContextProviderProps } from '@kbn/react-kibana-context-render';

/**
 * Stands in for `@kbn/react-kibana-context-render` outside Kibana (Jest, the standalone host).
 * Kibana's provider wires i18n, theme, analytics and the user profile from core; here only EUI's
 * provider matters, so the core services are accepted and ignored. EUI 114 defaults to the
 * Borealis theme, the one Kibana 9 uses.
 */
export function KibanaRenderContextProvider({ children }: KibanaRenderContextProviderProps) {
  return <EuiProvider colorMode="light">{children}</EuiProvider>;
}
