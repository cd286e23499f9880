import { useEffect, useState } from 'react';

/** When `data` last arrived (a new value from the server), for "Updated at". */
export function useUpdatedAt(data: unknown): Date | undefined {
  const [updatedAt, setUpdatedAt] = useState<Date>();
  useEffect(() => {
    if (data !== undefined) setUpdatedAt(new Date());
  }, [data]);
  return updatedAt;
}
