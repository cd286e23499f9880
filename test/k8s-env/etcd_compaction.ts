/**
 * What kube-apiserver does every five minutes (--etcd-compaction-interval), done now: etcd forgets
 * every revision before the current one, so a watch that resumes from an older resourceVersion is
 * answered 410 Gone. Through etcd's JSON gateway (`/v3/kv/*`), which needs no etcdctl.
 */
export async function compactEtcd(etcdUrl: string): Promise<number> {
  const call = async (path: string, body: object) => {
    const response = await fetch(`${etcdUrl}${path}`, { method: 'POST', body: JSON.stringify(body) });
    if (!response.ok) throw new Error(`etcd ${path} answered ${response.status}: ${await response.text()}`);
    return (await response.json()) as { header?: { revision?: string } };
  };
  const base64 = (text: string) => Buffer.from(text).toString('base64');
  // A write outside /registry moves the revision past every resourceVersion a client has seen.
  const { header } = await call('/v3/kv/put', { key: base64('/k8s-env/compaction'), value: base64(`${Date.now()}`) });
  const revision = Number(header?.revision);
  if (!Number.isSafeInteger(revision))
    throw new Error(`etcd answered a put without a revision: ${JSON.stringify(header)}`);
  await call('/v3/kv/compaction', { revision: String(revision), physical: true });
  return revision;
}
