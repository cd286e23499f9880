import { isPluginError } from '../../common/errors/plugin_error';
import type { RouteServices } from './route_definition';

/**
 * Runs a change and writes one audit record of its outcome: the message on success, or the
 * failure's catalogue code (never its details, which could name more than the audit log should).
 */
export async function audited<T>(
  services: RouteServices,
  action: string,
  messages: { success: (result: T) => string; failure: string },
  change: () => Promise<T>,
): Promise<T> {
  try {
    const result = await change();
    services.audit({ action, outcome: 'success', message: messages.success(result) });
    return result;
  } catch (error) {
    const code = isPluginError(error) ? error.code : 'INTERNAL_ERROR';
    services.audit({ action, outcome: 'failure', message: `${messages.failure}: ${code}` });
    throw error;
  }
}
