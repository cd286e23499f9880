import { z } from 'zod';
import type { LocalClusterInfo } from '../types/local_cluster';

export const localClusterQuerySchema = z.strictObject({});

export type LocalClusterResponse = LocalClusterInfo;
