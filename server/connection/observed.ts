import { isPluginError } from '../../common/errors/plugin_error';
import type { Observed } from '../../common/plan/observation';

/** Runs a read and keeps its failure as data, so one unreadable fact does not hide the others. */
export async function observe<T>(read: () => Promise<T>): Promise<Observed<T>> {
  try {
    return { ok: true, value: await read() };
  } catch (error) {
    return { ok: false, error: isPluginError(error) ? error.message : 'unexpected error' };
  }
}
