import { API_ROUTES } from '../../common/api/api_routes';
import {
  applyCertificateStepRequestSchema,
  type ApplyCertificateStepResponse,
} from '../../common/api/certificate_connection';
import { API_PRIVILEGES } from '../../common/constants';
import { applyCertificateStep } from '../connection/apply_certificate_step';
import { auditedStep } from './audited_step';
import { defineRoute } from './route_definition';

export const applyCertificateStepRoute = defineRoute({
  ...API_ROUTES.applyCertificateStep,
  summary: 'Apply one step of the TLS certificate plan',
  security: { authz: { requiredPrivileges: [API_PRIVILEGES.manage] } },
  validate: { body: applyCertificateStepRequestSchema },
  async handler({ body }, services): Promise<ApplyCertificateStepResponse> {
    return auditedStep(services, body, 'certificate', () => applyCertificateStep(services, body));
  },
});
