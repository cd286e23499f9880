import { clients, failure, newNamespace, rawRequest } from './contract_client';
import type { ContractTarget } from './contract_target';

const SUBDOMAIN_RULE =
  "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start " +
  "and end with an alphanumeric character (e.g. 'example.com', regex used for validation is " +
  "'[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')";

/** Status bodies of failed requests, and what creation does to names and namespaces. */
export function errorsContract(target: () => ContractTarget) {
  describe('Status bodies and creation', () => {
    it('answers a missing object with 404 NotFound naming the resource', async () => {
      const namespace = await newNamespace(target());
      const { core } = clients(target());
      expect(await failure(core.readNamespacedConfigMap({ namespace, name: 'missing' }))).toEqual({
        code: 404,
        body: {
          kind: 'Status',
          apiVersion: 'v1',
          metadata: {},
          status: 'Failure',
          message: 'configmaps "missing" not found',
          reason: 'NotFound',
          details: { name: 'missing', kind: 'configmaps' },
          code: 404,
        },
      });
    });

    it('answers a second create of the same name with 409 AlreadyExists', async () => {
      const namespace = await newNamespace(target());
      const { core } = clients(target());
      const body = { metadata: { name: 'trusted-ca' }, data: { 'ca.crt': 'x' } };
      await core.createNamespacedConfigMap({ namespace, body });
      const { code, body: status } = await failure(core.createNamespacedConfigMap({ namespace, body }));
      expect(code).toBe(409);
      expect(status).toMatchObject({
        reason: 'AlreadyExists',
        message: 'configmaps "trusted-ca" already exists',
        details: { name: 'trusted-ca', kind: 'configmaps' },
      });
    });

    it('answers a write from a stale resourceVersion with 409 Conflict, by update and by patch', async () => {
      const namespace = await newNamespace(target());
      const { core } = clients(target());
      const created = await core.createNamespacedConfigMap({ namespace, body: { metadata: { name: 'cm' } } });
      await core.replaceNamespacedConfigMap({ namespace, name: 'cm', body: { ...created, data: { a: '1' } } });
      const message =
        'Operation cannot be fulfilled on configmaps "cm": the object has been modified; please apply your changes to the latest version and try again';
      const stale = await failure(
        core.replaceNamespacedConfigMap({ namespace, name: 'cm', body: { ...created, data: { a: '2' } } }),
      );
      expect(stale).toMatchObject({
        code: 409,
        body: { reason: 'Conflict', message, details: { name: 'cm', kind: 'configmaps' } },
      });
      const patch = [{ op: 'replace', path: '/metadata/resourceVersion', value: created.metadata!.resourceVersion }];
      const stalePatch = await failure(core.patchNamespacedConfigMap({ namespace, name: 'cm', body: patch }));
      expect(stalePatch).toMatchObject({ code: 409, body: { reason: 'Conflict', message } });
    });

    it('refuses to create in a namespace that does not exist', async () => {
      const { core } = clients(target());
      const result = await failure(
        core.createNamespacedSecret({ namespace: 'no-such-namespace', body: { metadata: { name: 's' } } }),
      );
      expect(result).toEqual({
        code: 404,
        body: expect.objectContaining({
          reason: 'NotFound',
          message: 'namespaces "no-such-namespace" not found',
          details: { name: 'no-such-namespace', kind: 'namespaces' },
        }),
      });
    });

    it('answers an invalid name with 422 Invalid and the rule it breaks', async () => {
      const namespace = await newNamespace(target());
      const { core } = clients(target());
      const configMap = await failure(
        core.createNamespacedConfigMap({ namespace, body: { metadata: { name: 'Bad_Name' } } }),
      );
      expect(configMap).toMatchObject({
        code: 422,
        body: {
          reason: 'Invalid',
          message: `ConfigMap "Bad_Name" is invalid: metadata.name: Invalid value: "Bad_Name": ${SUBDOMAIN_RULE}`,
          details: {
            name: 'Bad_Name',
            kind: 'ConfigMap',
            causes: [
              {
                reason: 'FieldValueInvalid',
                field: 'metadata.name',
                message: `Invalid value: "Bad_Name": ${SUBDOMAIN_RULE}`,
              },
            ],
          },
        },
      });
      const service = await failure(
        core.createNamespacedService({
          namespace,
          body: { metadata: { name: 'a.b' }, spec: { ports: [{ port: 9443 }] } },
        }),
      );
      expect(service.body.message).toMatch(
        /^Service "a\.b" is invalid: metadata\.name: Invalid value: "a\.b": a DNS-1035 label /,
      );
      const nameless = await failure(core.createNamespacedConfigMap({ namespace, body: { metadata: {} } }));
      expect(nameless.body.message).toBe(
        'ConfigMap "" is invalid: metadata.name: Required value: name or generateName is required',
      );
    });

    it('refuses a body whose namespace is not the one in the URL', async () => {
      const namespace = await newNamespace(target());
      const { core } = clients(target());
      const result = await failure(
        core.createNamespacedConfigMap({ namespace, body: { metadata: { name: 'cm', namespace: 'elsewhere' } } }),
      );
      expect(result).toMatchObject({
        code: 400,
        body: {
          reason: 'BadRequest',
          message: 'the namespace of the provided object does not match the namespace sent on the request',
        },
      });
    });

    it('generates a name from generateName, and sets uid, resourceVersion and creationTimestamp', async () => {
      const namespace = await newNamespace(target());
      const { core } = clients(target());
      const created = await core.createNamespacedConfigMap({
        namespace,
        body: { metadata: { generateName: 'trusted-ca-' } },
      });
      expect(created.metadata?.name).toMatch(/^trusted-ca-[bcdfghjklmnpqrstvwxz2456789]{5}$/);
      expect(created.metadata?.uid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
      expect(created.metadata?.resourceVersion).toMatch(/^\d+$/);
      expect(created.metadata?.creationTimestamp).toBeInstanceOf(Date);
      expect(created.metadata?.generation).toBeUndefined();
    });

    it('stores a Secret’s stringData base64-encoded in data, and refuses data that is not base64', async () => {
      const namespace = await newNamespace(target());
      const { core } = clients(target());
      const body = { metadata: { name: 'quickstart-es-elastic-user' }, stringData: { elastic: 'pässword' } };
      await core.createNamespacedSecret({ namespace, body });
      const secret = await core.readNamespacedSecret({ namespace, name: 'quickstart-es-elastic-user' });
      expect(secret).toMatchObject({ type: 'Opaque', data: { elastic: Buffer.from('pässword').toString('base64') } });
      expect(secret.stringData).toBeUndefined();
      const invalid = { metadata: { name: 'invalid' }, data: { elastic: 'not base64!' } };
      expect((await failure(core.createNamespacedSecret({ namespace, body: invalid }))).body).toMatchObject({
        reason: 'BadRequest',
        message: 'Secret in version "v1" cannot be handled as a Secret: illegal base64 data at input byte 3',
      });
    });

    it('creates a namespace with its name label, the kubernetes finalizer and phase Active', async () => {
      const name = await newNamespace(target());
      const namespace = await clients(target()).core.readNamespace({ name });
      expect(namespace.metadata?.labels).toEqual({ 'kubernetes.io/metadata.name': name });
      expect(namespace.spec).toEqual({ finalizers: ['kubernetes'] });
      expect(namespace.status).toEqual({ phase: 'Active' });
    });

    it('answers an API group it does not serve with a plain-text 404', async () => {
      const { custom } = clients(target());
      const result = await failure(
        custom.listClusterCustomObject({ group: 'kibana.k8s.elastic.co', version: 'v1', plural: 'kibanas' }),
      );
      expect(result).toEqual({ code: 404, body: { text: '404 page not found\n' } });
    });

    it('answers an unknown token with 401 Unauthorized', async () => {
      const kubeConfig = target().kubeConfig('admin');
      const response = await rawRequest(kubeConfig, 'GET', '/api/v1/namespaces', {
        headers: { authorization: 'Bearer not-a-known-token' },
      });
      expect(response.status).toBe(401);
      expect(response.json()).toEqual({
        kind: 'Status',
        apiVersion: 'v1',
        metadata: {},
        status: 'Failure',
        message: 'Unauthorized',
        reason: 'Unauthorized',
        code: 401,
      });
    });
  });
}
