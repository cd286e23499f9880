import { API_ROUTES } from '../../common/api/api_routes';
import { connectionEventsQuerySchema } from '../../common/api/connection_events';
import { API_PRIVILEGES } from '../../common/constants';
import { connectionEventStream } from '../connection/connection_events';
import { namespaceScopeForRequest } from '../discovery/namespace_scope_for_request';
import { defineRoute } from './route_definition';

export const connectionEventsRoute = defineRoute({
  ...API_ROUTES.connectionEvents,
  summary: 'Server-Sent Events when an ECK cluster or its Services change, from Kubernetes watches',
  security: { authz: { requiredPrivileges: [API_PRIVILEGES.read] } },
  validate: { query: connectionEventsQuerySchema },
  responseType: 'event-stream',
  async handler({ query, signal }, { config, kubernetes }) {
    namespaceScopeForRequest(config.kubernetes.namespaces, query.namespace);
    return connectionEventStream(kubernetes(), query.namespace, query.name, signal);
  },
});
