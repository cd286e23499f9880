import type {
  ApiKeyConnectionRequest,
  ApiKeyPlanResponse,
  ApplyApiKeyStepResponse,
} from '../../common/api/api_key_connection';
import { API_ROUTES } from '../../common/api/api_routes';
import type { ApplyCertificateStepResponse, CertificatePlanResponse } from '../../common/api/certificate_connection';
import type { CertificateStepId } from '../../common/plan/certificate/certificate_steps';
import type { ApiKeyStepId } from '../../common/plan/api_key/api_key_steps';
import { SEED_PASSWORDS, type SeedUsername } from '../../dev/sandbox/elasticsearch';

export interface HostResponse<T> {
  status: number;
  body: T;
  text: string;
}

/** Sees every response a client gets: the secret scanner (test/support/secret_scanner.ts) records them. */
export type ResponseTap = (response: HostResponse<unknown>, request: { method: string; path: string }) => void;

/** What a browser sends to the plugin's internal API, as a given sandbox user. */
export function hostApiClient(baseUrl: string, user: SeedUsername, tap?: ResponseTap) {
  const headers = {
    'x-elastic-internal-origin': 'kibana',
    'elastic-api-version': '1',
    'kbn-xsrf': 'kibana',
    'content-type': 'application/json',
    authorization: `Basic ${Buffer.from(`${user}:${SEED_PASSWORDS[user]}`).toString('base64')}`,
  };
  async function post<T>(path: string, body: unknown): Promise<HostResponse<T>> {
    const response = await fetch(`${baseUrl}${path}`, { method: 'POST', headers, body: JSON.stringify(body) });
    const text = await response.text();
    const result = { status: response.status, body: JSON.parse(text) as T, text };
    tap?.(result, { method: 'POST', path });
    return result;
  }
  async function get<T>(path: string): Promise<HostResponse<T>> {
    const response = await fetch(`${baseUrl}${path}`, { headers });
    const text = await response.text();
    const result = { status: response.status, body: JSON.parse(text) as T, text };
    tap?.(result, { method: 'GET', path });
    return result;
  }
  return {
    post,
    get,
    plan: (request: unknown) => post<ApiKeyPlanResponse>(API_ROUTES.planApiKeyConnection.path, request),
    apply: (request: ApiKeyConnectionRequest | Record<string, unknown>, step: ApiKeyStepId | string) =>
      post<ApplyApiKeyStepResponse>(API_ROUTES.applyApiKeyStep.path, { ...request, step }),
    planCertificate: (request: unknown) =>
      post<CertificatePlanResponse>(API_ROUTES.planCertificateConnection.path, request),
    applyCertificate: (request: unknown, step: CertificateStepId | string) =>
      post<ApplyCertificateStepResponse>(API_ROUTES.applyCertificateStep.path, { ...(request as object), step }),
  };
}

/** Polls until `check` passes: for conditions the sandbox reaches on its own timers (ECK, load balancers). */
export async function eventually<T>(
  read: () => Promise<T>,
  check: (value: T) => boolean,
  timeoutMs = 10_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (check(value)) return value;
    if (Date.now() > deadline)
      throw new Error(`Condition not reached within ${timeoutMs} ms: ${JSON.stringify(value).slice(0, 6000)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
