import { API_ROUTES } from '../../common/api/api_routes';
import { listManagedKeysQuerySchema } from '../../common/api/key_lifecycle';
import { API_PRIVILEGES } from '../../common/constants';
import type { ListManagedKeysResponse } from '../../common/key_lifecycle/key_lifecycle_types';
import { listManagedKeys } from '../key_lifecycle/list_managed_keys';
import { defineRoute } from './route_definition';

export const listManagedKeysRoute = defineRoute({
  ...API_ROUTES.listManagedKeys,
  summary: 'List the cross-cluster API keys this plugin created on each ECK cluster',
  // A read: it answers key names, ids, access and expiry, never a secret; changing keys needs manage.
  security: { authz: { requiredPrivileges: [API_PRIVILEGES.read] } },
  validate: { query: listManagedKeysQuerySchema },
  async handler(_request, services): Promise<ListManagedKeysResponse> {
    return listManagedKeys({ ...services, local: services.localElasticsearch() });
  },
});
