import { API_ROUTES } from '../../common/api/api_routes';
import { invalidateOrphanKeyRequestSchema, type InvalidateOrphanKeyResponse } from '../../common/api/key_lifecycle';
import { API_PRIVILEGES } from '../../common/constants';
import { invalidateOrphanKey } from '../key_lifecycle/invalidate_orphan_key';
import { namespaceScopeForRequest } from '../discovery/namespace_scope_for_request';
import { audited } from './audited';
import { defineRoute } from './route_definition';

export const invalidateOrphanKeyRoute = defineRoute({
  ...API_ROUTES.invalidateOrphanKey,
  summary: 'Invalidate a cross-cluster API key whose alias the local cluster no longer has',
  security: { authz: { requiredPrivileges: [API_PRIVILEGES.manage] } },
  validate: { body: invalidateOrphanKeyRequestSchema },
  async handler({ body }, services): Promise<InvalidateOrphanKeyResponse> {
    namespaceScopeForRequest(services.config.kubernetes.namespaces, body.namespace);
    const where = `key ${body.id} on ${body.namespace}/${body.name}`;
    return audited(
      services,
      'eck_remote_clusters.api_key.invalidate_orphan',
      {
        success: (result) =>
          result.invalidated.length ? `Invalidated the orphan ${where}` : `The orphan ${where} was already invalidated`,
        failure: `Failed to invalidate the orphan ${where}`,
      },
      () => invalidateOrphanKey(services, body),
    );
  },
});
