/** `host:port`, where the host may be a bracketed IPv6 address; `undefined` when there is no port. */
export function splitHostPort(address: string): { readonly host: string; readonly port: number } | undefined {
  const separator = address.lastIndexOf(':');
  const port = Number(address.slice(separator + 1));
  if (separator < 1 || !Number.isInteger(port) || port <= 0) return undefined;
  return { host: address.slice(0, separator).replace(/^\[(.*)\]$/, '$1'), port };
}
