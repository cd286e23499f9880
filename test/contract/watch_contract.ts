import { clients, collectWatch, newNamespace } from './contract_client';
import type { ContractTarget } from './contract_target';

/** Watches of built-in kinds: events in order, and resuming from a resourceVersion. */
export function watchContract(target: () => ContractTarget) {
  describe('watch', () => {
    it('delivers ADDED, MODIFIED and DELETED in order, from the resourceVersion of a list', async () => {
      const namespace = await newNamespace(target());
      const { core, kubeConfig } = clients(target());
      const { metadata } = await core.listNamespacedConfigMap({ namespace });
      const events = await collectWatch(
        kubeConfig,
        `/api/v1/namespaces/${namespace}/configmaps`,
        { resourceVersion: metadata!.resourceVersion! },
        3,
        async () => {
          await core.createNamespacedConfigMap({ namespace, body: { metadata: { name: 'cm' } } });
          await core.replaceNamespacedConfigMap({
            namespace,
            name: 'cm',
            body: { metadata: { name: 'cm' }, data: { a: '1' } },
          });
          await core.deleteNamespacedConfigMap({ namespace, name: 'cm' });
        },
      );
      expect(events.map((event) => `${event.type} ${event.object.metadata?.name}`)).toEqual([
        'ADDED cm',
        'MODIFIED cm',
        'DELETED cm',
      ]);
      const versions = events.map((event) => Number(event.object.metadata?.resourceVersion));
      expect([...versions].sort((a, b) => a - b)).toEqual(versions);
    });

    it('resumes after a resourceVersion with only what came later', async () => {
      const namespace = await newNamespace(target());
      const { core, kubeConfig } = clients(target());
      const first = await core.createNamespacedConfigMap({ namespace, body: { metadata: { name: 'first' } } });
      await core.createNamespacedConfigMap({
        namespace,
        body: { metadata: { name: 'second', labels: { keep: 'yes' } } },
      });
      await core.createNamespacedConfigMap({ namespace, body: { metadata: { name: 'third' } } });
      const path = `/api/v1/namespaces/${namespace}/configmaps`;
      const resumed = await collectWatch(kubeConfig, path, { resourceVersion: first.metadata!.resourceVersion! }, 2);
      expect(resumed.map((event) => `${event.type} ${event.object.metadata?.name}`)).toEqual([
        'ADDED second',
        'ADDED third',
      ]);
      const selected = await collectWatch(
        kubeConfig,
        path,
        { resourceVersion: first.metadata!.resourceVersion!, labelSelector: 'keep=yes' },
        1,
      );
      expect(selected.map((event) => event.object.metadata?.name)).toEqual(['second']);
      const fromNow = await collectWatch(kubeConfig, path, {}, 3);
      expect(fromNow.map((event) => `${event.type} ${event.object.metadata?.name}`).sort()).toEqual([
        'ADDED first',
        'ADDED second',
        'ADDED third',
      ]);
    });
  });
}
