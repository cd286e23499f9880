/** `host:port`, where the host may be a bracketed IPv6 address; `null` without a valid port. */
export function splitProxyAddress(address: string): { host: string; port: number } | null {
  const separator = address.lastIndexOf(':');
  const port = Number(address.slice(separator + 1));
  if (separator < 1 || !Number.isInteger(port) || port <= 0 || port > 65535) return null;
  return { host: address.slice(0, separator).replace(/^\[(.*)\]$/, '$1'), port };
}
