import { z } from 'zod';
import { kubernetesNamespaceSchema } from '../validation/kubernetes_names';
import type { EckClusterSummary } from '../types/eck_cluster';

export const listEckClustersQuerySchema = z.strictObject({
  /** Restrict discovery to one namespace of the allow-list. */
  namespace: kubernetesNamespaceSchema.optional(),
});
export type ListEckClustersQuery = z.infer<typeof listEckClustersQuerySchema>;

export interface ListEckClustersResponse {
  /** The namespaces searched; `null` means every namespace (no allow-list configured). */
  namespaces: string[] | null;
  clusters: EckClusterSummary[];
}
