/** The kubectl command an admin would type for the same change, shown beside every planned change. */
const shellQuote = (text: string) => `'${text.replace(/'/g, `'\\''`)}'`;

export function kubectlMergePatch(kind: string, namespace: string, name: string, patch: unknown): string {
  return `kubectl -n ${namespace} patch ${kind} ${name} --type merge -p ${shellQuote(JSON.stringify(patch))}`;
}

export function kubectlCreate(object: unknown): string {
  return `kubectl create -f - <<'EOF'\n${JSON.stringify(object, null, 2)}\nEOF`;
}
