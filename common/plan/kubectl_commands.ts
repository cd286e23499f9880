import { ECK_API } from '../eck/eck_names';
import type { PlannedChange } from './plan_types';

/** The kubectl command an admin would type for the same change, shown beside every planned change. */
const shellQuote = (text: string) => `'${text.replace(/'/g, `'\\''`)}'`;

export function kubectlMergePatch(kind: string, namespace: string, name: string, patch: unknown): string {
  return `kubectl -n ${namespace} patch ${kind} ${name} --type merge -p ${shellQuote(JSON.stringify(patch))}`;
}

export function kubectlCreate(object: unknown): string {
  return `kubectl create -f - <<'EOF'\n${JSON.stringify(object, null, 2)}\nEOF`;
}

/** A merge patch of the ECK Elasticsearch resource, as a planned change with its kubectl command. */
export function elasticsearchMergePatch(eck: { namespace: string; name: string }, patch: unknown): PlannedChange {
  return {
    kind: 'kubernetes_patch',
    resource: {
      apiVersion: `${ECK_API.group}/${ECK_API.version}`,
      kind: 'Elasticsearch',
      namespace: eck.namespace,
      name: eck.name,
    },
    patchType: 'merge',
    patch,
    command: kubectlMergePatch('elasticsearch', eck.namespace, eck.name, patch),
  };
}
