import { useState } from 'react';

/** When `data` last arrived (a new value from the server), for "Updated at". */
export function useUpdatedAt(data: unknown): Date | undefined {
  const [seen, setSeen] = useState<{ data: unknown; at?: Date }>({ data: undefined });
  // Adjusted while rendering, as React recommends for state derived from a changed prop.
  if (data !== seen.data) setSeen({ data, at: data === undefined ? seen.at : new Date() });
  return seen.at;
}
