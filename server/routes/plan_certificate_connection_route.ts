import { API_ROUTES } from '../../common/api/api_routes';
import {
  certificateConnectionRequestSchema,
  type CertificatePlanResponse,
} from '../../common/api/certificate_connection';
import { API_PRIVILEGES } from '../../common/constants';
import { planCertificateConnection } from '../connection/apply_certificate_step';
import { defineRoute } from './route_definition';

/** Read-only, but it reads the ECK cluster as its `elastic` user: it needs the manage privilege. */
export const planCertificateConnectionRoute = defineRoute({
  ...API_ROUTES.planCertificateConnection,
  summary: 'Compute the plan that connects an ECK cluster with the TLS certificate model, from live state',
  security: { authz: { requiredPrivileges: [API_PRIVILEGES.manage] } },
  validate: { body: certificateConnectionRequestSchema },
  async handler({ body }, services): Promise<CertificatePlanResponse> {
    return planCertificateConnection(services, body);
  },
});
