import { API_ROUTES } from '../../common/api/api_routes';
import { diagnoseRemoteQuerySchema, type DiagnoseRemoteResponse } from '../../common/api/doctor';
import { API_PRIVILEGES } from '../../common/constants';
import { diagnose } from '../../common/doctor/diagnose';
import { observeDoctor } from '../doctor/observe_doctor';
import { defineRoute } from './route_definition';

/** How long each read and probe of a diagnosis may take: a hung hop is reported, not waited for. */
export const DOCTOR_TIMEOUT_MS = 5_000;

/** Diagnosis changes nothing: it reads, probes the alias's own proxy address, and explains. */
export const diagnoseRemoteRoute = defineRoute({
  ...API_ROUTES.diagnoseRemote,
  summary: 'Diagnose a remote cluster hop by hop: Kubernetes, ECK, network, TLS, trust, credentials, key, privileges',
  security: { authz: { requiredPrivileges: [API_PRIVILEGES.read] } },
  validate: { query: diagnoseRemoteQuerySchema },
  async handler({ query }, services): Promise<DiagnoseRemoteResponse> {
    const eck = query.namespace && query.name ? { namespace: query.namespace, name: query.name } : undefined;
    const observation = await observeDoctor(
      services,
      { alias: query.alias, eck, index: query.index },
      { timeoutMs: DOCTOR_TIMEOUT_MS },
    );
    return diagnose(observation);
  },
});
