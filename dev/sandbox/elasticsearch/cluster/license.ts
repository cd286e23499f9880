import type { estypes } from '@elastic/elasticsearch';

export interface LicenseState {
  readonly type: estypes.LicenseLicenseType;
  readonly status: estypes.LicenseLicenseStatus;
  readonly uid: string;
  readonly issueDate: Date;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The `license` object of `GET /_license`. Basic never expires and is self-issued; a trial runs for
 * 30 days; paid licences are issued by Elastic and, for enterprise, counted in resource units.
 */
export function licenseInformation(license: LicenseState, clusterName: string): estypes.LicenseGetLicenseInformation {
  const issued = license.issueDate.getTime();
  const common = {
    status: license.status,
    uid: license.uid,
    type: license.type,
    issue_date: license.issueDate.toISOString(),
    issue_date_in_millis: issued,
    issued_to: clusterName,
    start_date_in_millis: -1,
  };
  if (license.type === 'basic') {
    return { ...common, max_nodes: 1000, max_resource_units: null, issuer: 'elasticsearch' };
  }
  const expiry = issued + (license.type === 'trial' ? 30 : 365) * DAY_MS;
  return {
    ...common,
    expiry_date: new Date(expiry).toISOString(),
    expiry_date_in_millis: expiry,
    max_nodes: license.type === 'enterprise' ? null : 1000,
    max_resource_units: license.type === 'enterprise' ? 10 : null,
    issuer: license.type === 'trial' ? 'elasticsearch' : 'API',
    start_date_in_millis: license.type === 'trial' ? -1 : issued,
  };
}
