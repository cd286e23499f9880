import { PassThrough } from 'node:stream';
import { AuthorizationV1Api, PortForward } from '@kubernetes/client-node';
import { clients, ELASTICSEARCHES, failure, newNamespace, rawRequest } from './contract_client';
import { RESTRICTED_USER, type ContractTarget } from './contract_target';

const user = `User "${RESTRICTED_USER}"`;

/** What a user without the rights is told, word for word, and the port-forward answers before any kubelet. */
export function rbacContract(target: () => ContractTarget) {
  describe('RBAC', () => {
    it("answers SelfSubjectAccessReview from the caller's own rules, as the plugin checks its permissions", async () => {
      const namespace = await newNamespace(target());
      await target().grant(namespace, [
        { apiGroups: ['elasticsearch.k8s.elastic.co'], resources: ['elasticsearches'], verbs: ['get', 'patch'] },
      ]);
      const authorization = target().kubeConfig('restricted').makeApiClient(AuthorizationV1Api);
      const canI = async (verb: string, resource: string, group: string, subresource?: string) =>
        (
          await authorization.createSelfSubjectAccessReview({
            body: { spec: { resourceAttributes: { namespace, verb, group, resource, subresource } } },
          })
        ).status?.allowed;
      expect(await canI('patch', 'elasticsearches', 'elasticsearch.k8s.elastic.co')).toBe(true);
      expect(await canI('list', 'elasticsearches', 'elasticsearch.k8s.elastic.co')).toBe(false);
      expect(await canI('create', 'pods', '', 'portforward')).toBe(false);
    });

    it('names verb, resource, API group and scope in the 403 message', async () => {
      const namespace = await newNamespace(target());
      const { core, custom } = clients(target(), 'restricted');
      const forbidden = async (call: Promise<unknown>) => {
        const { code, body } = await failure(call);
        expect(code).toBe(403);
        expect(body.reason).toBe('Forbidden');
        return body;
      };

      expect(await forbidden(custom.listClusterCustomObject(ELASTICSEARCHES))).toMatchObject({
        message: `elasticsearches.elasticsearch.k8s.elastic.co is forbidden: ${user} cannot list resource "elasticsearches" in API group "elasticsearch.k8s.elastic.co" at the cluster scope`,
        details: { group: 'elasticsearch.k8s.elastic.co', kind: 'elasticsearches' },
      });
      expect(await forbidden(core.readNamespacedService({ namespace, name: 'quickstart-es-http' }))).toMatchObject({
        message: `services "quickstart-es-http" is forbidden: ${user} cannot get resource "services" in API group "" in the namespace "${namespace}"`,
        details: { name: 'quickstart-es-http', kind: 'services' },
      });
      const status = { status: { loadBalancer: { ingress: [{ ip: '192.0.2.10' }] } } };
      expect(
        (await forbidden(core.patchNamespacedServiceStatus({ namespace, name: 'rcs', body: status }))).message,
      ).toBe(
        `services "rcs" is forbidden: ${user} cannot patch resource "services/status" in API group "" in the namespace "${namespace}"`,
      );
      expect(
        (await forbidden(core.createNamespacedConfigMap({ namespace, body: { metadata: { name: 'ca' } } }))).message,
      ).toBe(
        `configmaps is forbidden: ${user} cannot create resource "configmaps" in API group "" in the namespace "${namespace}"`,
      );
      expect((await forbidden(core.readNamespace({ name: namespace }))).message).toBe(
        `namespaces "${namespace}" is forbidden: ${user} cannot get resource "namespaces" in API group "" in the namespace "${namespace}"`,
      );
    });

    it('says "watch" for a forbidden watch', async () => {
      const namespace = await newNamespace(target());
      const path = `/apis/elasticsearch.k8s.elastic.co/v1/namespaces/${namespace}/elasticsearches?watch=true`;
      const response = await rawRequest(target().kubeConfig('restricted'), 'GET', path);
      expect(response.status).toBe(403);
      expect(response.json().message).toBe(
        `elasticsearches.elasticsearch.k8s.elastic.co is forbidden: ${user} cannot watch resource "elasticsearches" in API group "elasticsearch.k8s.elastic.co" in the namespace "${namespace}"`,
      );
    });

    it('allows what a Role grants in its namespace only', async () => {
      const [granted, other] = [await newNamespace(target()), await newNamespace(target())];
      await target().grant(granted, [{ apiGroups: [''], resources: ['services'], verbs: ['get', 'list'] }]);
      const { core } = clients(target(), 'restricted');
      await expect(core.listNamespacedService({ namespace: granted })).resolves.toMatchObject({ items: [] });
      expect((await failure(core.listNamespacedService({ namespace: other }))).code).toBe(403);
      expect((await failure(core.listServiceForAllNamespaces())).body.message).toBe(
        `services is forbidden: ${user} cannot list resource "services" in API group "" at the cluster scope`,
      );
    });
  });

  // client-node rejects with the WebSocket's ErrorEvent, which has a message but is no Error.
  describe('pods/portforward before the kubelet', () => {
    const forwardTo = (user: 'admin' | 'restricted', namespace: string, pod: string) =>
      new PortForward(target().kubeConfig(user)).portForward(
        namespace,
        pod,
        [9200],
        new PassThrough(),
        new PassThrough(),
        new PassThrough(),
      );

    it('refuses a user without get on pods/portforward', async () => {
      const namespace = await newNamespace(target());
      await expect(forwardTo('restricted', namespace, 'quickstart-es-default-0')).rejects.toMatchObject({
        message: 'Unexpected server response: 403',
      });
      const response = await rawRequest(
        target().kubeConfig('restricted'),
        'GET',
        `/api/v1/namespaces/${namespace}/pods/quickstart-es-default-0/portforward?ports=9200`,
      );
      expect(response.json().message).toBe(
        `pods "quickstart-es-default-0" is forbidden: ${user} cannot get resource "pods/portforward" in API group "" in the namespace "${namespace}"`,
      );
    });

    it('answers 404 for a pod that does not exist and 400 for a pod on no node', async () => {
      const namespace = await newNamespace(target());
      await expect(forwardTo('admin', namespace, 'absent')).rejects.toMatchObject({
        message: 'Unexpected server response: 404',
      });
      const pod = {
        metadata: { name: 'pending' },
        spec: { containers: [{ name: 'elasticsearch', image: 'elasticsearch:9.1.0' }] },
      };
      await clients(target()).core.createNamespacedPod({ namespace, body: pod });
      await expect(forwardTo('admin', namespace, 'pending')).rejects.toMatchObject({
        message: 'Unexpected server response: 400',
      });
      const response = await rawRequest(
        target().kubeConfig('admin'),
        'GET',
        `/api/v1/namespaces/${namespace}/pods/pending/portforward?ports=9200`,
      );
      expect(response.json()).toMatchObject({
        code: 400,
        reason: 'BadRequest',
        message: 'pod pending does not have a host assigned',
      });
    });
  });
}
