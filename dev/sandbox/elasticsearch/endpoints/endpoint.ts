import type { ClusterModel } from '../cluster/cluster_model';
import type { ClusterNodes } from '../cluster/cluster_nodes';
import type { Routable } from '../http/route_table';
import type { AuthenticatedSubject } from '../security/authenticate_request';

export interface EndpointContext {
  readonly model: ClusterModel;
  /** The nodes, for endpoints that answer per node or from the node handling the request. */
  readonly nodes: ClusterNodes;
  readonly subject: AuthenticatedSubject;
  readonly query: URLSearchParams;
  readonly pathParams: Readonly<Record<string, string>>;
  /** The parsed JSON body, or `undefined` when there was none. */
  readonly body: unknown;
}

export interface EndpointResult {
  readonly body?: unknown;
  readonly status?: number;
  readonly headers?: Readonly<Record<string, string>>;
  /** Set by endpoints that can change the cluster, so the request log can list writes apart. */
  readonly write?: { readonly changed: boolean; readonly detail: unknown };
}

/**
 * One REST route of Elasticsearch, with the transport action it runs as. Authorization is decided
 * on that action, as Elasticsearch does, so a denial names the same action a real cluster would.
 */
export interface Endpoint extends Routable {
  readonly action: string;
  /**
   * `cluster_privilege`: the caller's roles must grant the action.
   * `authenticated_user`: any authenticated user may call it about themselves (Elasticsearch's
   * "same user" check for `_authenticate` and `_has_privileges`).
   * `index_privilege`: the endpoint checks the caller's index privileges on what it resolves.
   */
  readonly authorization: 'cluster_privilege' | 'authenticated_user' | 'index_privilege';
  /** The first version that has the route; older clusters answer as for an unknown route. */
  readonly since?: string;
  /** Query parameters the endpoint understands, beside the response parameters every endpoint takes. */
  readonly params?: readonly string[];
  readonly body: 'none' | 'optional' | 'required';
  handle(context: EndpointContext): EndpointResult | Promise<EndpointResult>;
}
