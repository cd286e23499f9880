import type { KubeObject } from './object_store';

/** The first character of a value that standard base64 cannot decode, as Go reports it. */
function base64Problem(value: unknown): string | undefined {
  if (typeof value !== 'string')
    return 'json: cannot unmarshal non-string into Go struct field Secret.data of type []uint8';
  const index = value.search(/[^A-Za-z0-9+/=]/);
  return index >= 0 ? `illegal base64 data at input byte ${index}` : undefined;
}

/**
 * A Secret as the API server decodes it: `data` must be base64, `stringData` is write-only and
 * merged into `data` (its entries win), and `type` defaults to Opaque. Returns the decoding error
 * instead, for the 400.
 */
export function decodeSecret(secret: KubeObject): KubeObject | string {
  const data = (secret.data ?? {}) as Record<string, unknown>;
  for (const value of Object.values(data)) {
    const problem = base64Problem(value);
    if (problem) return problem;
  }
  const stringData = (secret.stringData ?? {}) as Record<string, string>;
  const encoded = Object.fromEntries(
    Object.entries(stringData).map(([key, value]) => [key, Buffer.from(String(value), 'utf8').toString('base64')]),
  );
  const merged = { ...data, ...encoded };
  const decoded: KubeObject = { ...secret, type: secret.type ?? 'Opaque' };
  delete decoded.stringData;
  if (Object.keys(merged).length > 0) decoded.data = merged;
  return decoded;
}
