import type { ClusterModel } from '../cluster/cluster_model';
import type { Routable } from '../http/route_table';
import type { AuthenticatedSubject } from '../security/authenticate_request';

export interface EndpointContext {
  readonly model: ClusterModel;
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
   */
  readonly authorization: 'cluster_privilege' | 'authenticated_user';
  /** Query parameters the endpoint understands, beside the response parameters every endpoint takes. */
  readonly params?: readonly string[];
  readonly body: 'none' | 'optional' | 'required';
  handle(context: EndpointContext): EndpointResult;
}
