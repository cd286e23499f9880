import type { estypes } from '@elastic/elasticsearch';
import { licenseInformation } from '../cluster/license';
import type { Endpoint } from './endpoint';

const getLicense: Endpoint = {
  method: 'GET',
  path: '/_license',
  action: 'cluster:monitor/xpack/license/get',
  authorization: 'cluster_privilege',
  params: ['accept_enterprise', 'local', 'master_timeout'],
  body: 'none',
  handle({ model }) {
    const body: estypes.LicenseGetResponse = { license: licenseInformation(model.license, model.identity.name) };
    return { body };
  },
};

export const LICENSE_ENDPOINTS: readonly Endpoint[] = [getLicense];
