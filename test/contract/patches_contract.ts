import { setHeaderOptions } from '@kubernetes/client-node';
import { clients, failure, newNamespace, rawRequest } from './contract_client';
import type { ContractTarget } from './contract_target';

const MERGE_PATCH = setHeaderOptions('Content-Type', 'application/merge-patch+json');
const STRATEGIC_MERGE_PATCH = setHeaderOptions('Content-Type', 'application/strategic-merge-patch+json');

/** Label selectors, and the patch types as clients send them. */
export function patchesContract(target: () => ContractTarget) {
  describe('label selectors', () => {
    it('selects by equality, inequality, set membership and existence', async () => {
      const namespace = await newNamespace(target());
      const { core } = clients(target());
      const labels: Record<string, Record<string, string>> = {
        'hot-0': { 'elasticsearch.k8s.elastic.co/cluster-name': 'quickstart', tier: 'hot' },
        'warm-0': { 'elasticsearch.k8s.elastic.co/cluster-name': 'quickstart', tier: 'warm' },
        'other-0': { 'elasticsearch.k8s.elastic.co/cluster-name': 'other' },
        unlabelled: {},
      };
      for (const [name, podLabels] of Object.entries(labels)) {
        const body = {
          metadata: { name, labels: podLabels },
          spec: { containers: [{ name: 'es', image: 'elasticsearch:9.1.0' }] },
        };
        await core.createNamespacedPod({ namespace, body });
      }
      const select = async (labelSelector: string) =>
        (await core.listNamespacedPod({ namespace, labelSelector })).items.map((pod) => pod.metadata!.name).sort();

      expect(await select('elasticsearch.k8s.elastic.co/cluster-name=quickstart')).toEqual(['hot-0', 'warm-0']);
      expect(await select('elasticsearch.k8s.elastic.co/cluster-name==other')).toEqual(['other-0']);
      expect(await select('elasticsearch.k8s.elastic.co/cluster-name!=quickstart')).toEqual(['other-0', 'unlabelled']);
      expect(await select('tier in (hot, cold)')).toEqual(['hot-0']);
      expect(await select('tier notin (hot)')).toEqual(['other-0', 'unlabelled', 'warm-0']);
      expect(await select('tier')).toEqual(['hot-0', 'warm-0']);
      expect(await select('!tier')).toEqual(['other-0', 'unlabelled']);
      expect(await select('elasticsearch.k8s.elastic.co/cluster-name=quickstart,tier!=hot')).toEqual(['warm-0']);
      const all = await core.listPodForAllNamespaces({
        labelSelector: 'elasticsearch.k8s.elastic.co/cluster-name=other',
      });
      expect(all.items.map((pod) => `${pod.metadata!.namespace}/${pod.metadata!.name}`)).toEqual([
        `${namespace}/other-0`,
      ]);
    });
  });

  describe('patches', () => {
    it('applies a JSON patch (client-node’s default patch type)', async () => {
      const namespace = await newNamespace(target());
      const { core } = clients(target());
      await core.createNamespacedConfigMap({ namespace, body: { metadata: { name: 'cm' }, data: { a: '1', b: '2' } } });
      const patched = await core.patchNamespacedConfigMap({
        namespace,
        name: 'cm',
        body: [
          { op: 'test', path: '/data/a', value: '1' },
          { op: 'replace', path: '/data/a', value: '10' },
          { op: 'remove', path: '/data/b' },
          { op: 'add', path: '/metadata/labels', value: { 'app.kubernetes.io/name': 'x' } },
          { op: 'copy', from: '/data/a', path: '/data/c' },
        ],
      });
      expect(patched.data).toEqual({ a: '10', c: '10' });
      expect(patched.metadata?.labels).toEqual({ 'app.kubernetes.io/name': 'x' });
    });

    it('answers a JSON patch that does not apply with 422 and changes nothing', async () => {
      const namespace = await newNamespace(target());
      const { core } = clients(target());
      const created = await core.createNamespacedConfigMap({
        namespace,
        body: { metadata: { name: 'cm' }, data: { a: '1' } },
      });
      const failedTest = [
        { op: 'add', path: '/data/b', value: '2' },
        { op: 'test', path: '/data/a', value: 'not this' },
      ];
      for (const body of [
        failedTest,
        [{ op: 'remove', path: '/data/missing' }],
        [{ op: 'add', path: '/nowhere/x', value: 1 }],
      ]) {
        expect(await failure(core.patchNamespacedConfigMap({ namespace, name: 'cm', body }))).toMatchObject({
          code: 422,
          body: {
            reason: 'Invalid',
            message: 'the server rejected our request due to an error in our request',
            details: {},
          },
        });
      }
      const read = await core.readNamespacedConfigMap({ namespace, name: 'cm' });
      expect(read.metadata?.resourceVersion).toBe(created.metadata?.resourceVersion);
      const notAList = await failure(core.patchNamespacedConfigMap({ namespace, name: 'cm', body: { op: 'add' } }));
      expect(notAList).toMatchObject({
        code: 400,
        body: {
          message: 'error decoding patch: json: cannot unmarshal object into Go value of type []handlers.jsonPatchOp',
        },
      });
    });

    it('takes metadata.resourceVersion in a merge patch as a precondition: stale is 409, nothing changes', async () => {
      // The certificate flow adds a CA to a ConfigMap this way, so a concurrent edit is never overwritten.
      const namespace = await newNamespace(target());
      const { core } = clients(target());
      const created = await core.createNamespacedConfigMap({
        namespace,
        body: { metadata: { name: 'cas' }, data: { 'ca.crt': 'A' } },
      });
      const stale = created.metadata!.resourceVersion!;
      await core.patchNamespacedConfigMap({ namespace, name: 'cas', body: { data: { 'ca.crt': 'A+B' } } }, MERGE_PATCH);
      const body = { metadata: { resourceVersion: stale }, data: { 'ca.crt': 'A+C' } };
      expect(await failure(core.patchNamespacedConfigMap({ namespace, name: 'cas', body }, MERGE_PATCH))).toMatchObject(
        {
          code: 409,
          body: { reason: 'Conflict' },
        },
      );
      expect((await core.readNamespacedConfigMap({ namespace, name: 'cas' })).data).toEqual({ 'ca.crt': 'A+B' });
    });

    it('replaces lists with a merge patch and merges Service ports by port with a strategic merge patch', async () => {
      const namespace = await newNamespace(target());
      const { core } = clients(target());
      const ports = [
        { name: 'https', port: 9200 },
        { name: 'rcs', port: 9443 },
      ];
      await core.createNamespacedService({ namespace, body: { metadata: { name: 'es' }, spec: { ports } } });
      const merged = await core.patchNamespacedService(
        { namespace, name: 'es', body: { spec: { ports: [{ name: 'rcs', port: 9443, targetPort: 9444 }] } } },
        STRATEGIC_MERGE_PATCH,
      );
      expect(merged.spec?.ports?.map((port) => [port.name, port.port, port.targetPort])).toEqual([
        ['https', 9200, 9200],
        ['rcs', 9443, 9444],
      ]);
      const replaced = await core.patchNamespacedService(
        { namespace, name: 'es', body: { spec: { ports: [{ name: 'rcs', port: 9443 }] } } },
        MERGE_PATCH,
      );
      expect(replaced.spec?.ports).toEqual([{ name: 'rcs', port: 9443, protocol: 'TCP', targetPort: 9443 }]);
    });

    it('writes nothing for a patch that changes nothing', async () => {
      const namespace = await newNamespace(target());
      const { core } = clients(target());
      const created = await core.createNamespacedConfigMap({
        namespace,
        body: { metadata: { name: 'cm' }, data: { a: '1' } },
      });
      const patched = await core.patchNamespacedConfigMap(
        { namespace, name: 'cm', body: { data: { a: '1' } } },
        MERGE_PATCH,
      );
      expect(patched.metadata?.resourceVersion).toBe(created.metadata?.resourceVersion);
    });

    it('answers a Content-Type that is no patch type with 415', async () => {
      const namespace = await newNamespace(target());
      const { core, kubeConfig } = clients(target());
      await core.createNamespacedConfigMap({ namespace, body: { metadata: { name: 'cm' } } });
      const response = await rawRequest(kubeConfig, 'PATCH', `/api/v1/namespaces/${namespace}/configmaps/cm`, {
        contentType: 'application/json',
        body: { data: { a: '1' } },
      });
      expect(response.status).toBe(415);
      expect(response.json()).toMatchObject({
        reason: 'UnsupportedMediaType',
        message: '415: Unsupported Media Type',
        details: {},
      });
    });
  });
}
