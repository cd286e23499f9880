import { z } from 'zod';
import { kubernetesNameSchema, kubernetesNamespaceSchema } from '../validation/kubernetes_names';

export const connectionEventsQuerySchema = z.strictObject({
  namespace: kubernetesNamespaceSchema,
  name: kubernetesNameSchema,
});

/** `data` of each `change` event: which object changed; the page then re-reads the plan. */
export interface ConnectionChangeEvent {
  type: 'ADDED' | 'MODIFIED' | 'DELETED';
  kind: string;
  name: string;
}
