import { splitProxyAddress } from '../../common/doctor/proxy_address';
import type { ObservedLocalRemote } from '../../common/plan/observation';

/** An address the doctor may dial. */
export interface ProbeTarget {
  host: string;
  port: number;
  /** As configured: `host:port`. */
  address: string;
}

/**
 * The only address the doctor's probes ever dial: the proxy address the local cluster itself has
 * configured for the alias (read as the current user). Nothing from the request reaches a socket,
 * so a user cannot make the Kibana server connect to a host or port of their choosing.
 */
export function probeTargetOf(remote: Pick<ObservedLocalRemote, 'mode' | 'proxyAddress'> | null): ProbeTarget | null {
  if (!remote || remote.mode !== 'proxy' || !remote.proxyAddress) return null;
  const split = splitProxyAddress(remote.proxyAddress);
  return split ? { ...split, address: remote.proxyAddress } : null;
}
