import { z } from 'zod';

export const caWatchQuerySchema = z.strictObject({});
export type CaWatchQuery = z.infer<typeof caWatchQuerySchema>;
