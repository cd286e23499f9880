import { z } from 'zod';
import type { Diagnosis } from '../doctor/hop_types';
import { kubernetesNameSchema, kubernetesNamespaceSchema } from '../validation/kubernetes_names';
import { remoteClusterAliasSchema } from '../validation/remote_cluster_alias';
import { indexPatternSchema } from './ccs_check';

/**
 * What the doctor is asked: an alias of the local cluster, optionally the ECK cluster to check it
 * against, and the index pattern of the privilege check. Never a host or a port: the probes dial
 * only the proxy address the local cluster has configured for the alias.
 */
export const diagnoseRemoteQuerySchema = z
  .strictObject({
    alias: remoteClusterAliasSchema,
    namespace: kubernetesNamespaceSchema.optional(),
    name: kubernetesNameSchema.optional(),
    index: indexPatternSchema.optional(),
  })
  .superRefine((query, context) => {
    if ((query.namespace === undefined) !== (query.name === undefined)) {
      const field = query.namespace === undefined ? 'namespace' : 'name';
      context.addIssue({
        code: 'custom',
        path: [field],
        message: 'namespace and name go together: give both or neither',
      });
    }
  });
export type DiagnoseRemoteQuery = z.infer<typeof diagnoseRemoteQuerySchema>;

export type DiagnoseRemoteResponse = Diagnosis;
