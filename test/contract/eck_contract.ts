import {
  clients,
  collectWatch,
  ELASTICSEARCH_API_VERSION,
  ELASTICSEARCHES,
  failure,
  newNamespace,
  rawRequest,
} from './contract_client';
import { ECK_CRD_WITH_RCS_SERVICE, ECK_CRD_WITHOUT_RCS_SERVICE, type ContractTarget } from './contract_target';
import {
  createWithWarnings,
  elasticsearch,
  elasticsearchApi as api,
  RCS_SERVICE,
  type Elasticsearch,
} from './elasticsearch_resources';

/** The ECK Elasticsearch resource under the CRDs of ECK releases before and after remoteClusterServer.service. */
export function eckContract(target: () => ContractTarget) {
  describe(`ECK ${ECK_CRD_WITHOUT_RCS_SERVICE} CRD`, () => {
    beforeAll(async () => {
      // Something is written first, so that resourceVersion 1 is older than the CRD's watch window.
      await newNamespace(target(), 'eck-install');
      await target().installEckCrd(ECK_CRD_WITHOUT_RCS_SERVICE);
    });

    it('prunes remoteClusterServer.service and unknown fields, with a warning for each, and keeps preserved ones', async () => {
      const namespace = await newNamespace(target());
      const body = elasticsearch('quickstart', {
        remoteClusterServer: { enabled: true, service: RCS_SERVICE },
        bogus: 1,
      });
      const created = await createWithWarnings(target(), namespace, {
        ...body,
        metadata: { name: 'quickstart', bogus: 1 },
      });
      expect(created.status).toBe(201);
      expect(created.object.spec.remoteClusterServer).toEqual({ enabled: true });
      expect(created.object.spec).not.toHaveProperty('bogus');
      expect(created.object.spec.nodeSets).toEqual(body.spec.nodeSets);
      expect(created.warnings).toEqual([
        '299 - "unknown field \\"metadata.bogus\\""',
        '299 - "unknown field \\"spec.bogus\\""',
        '299 - "unknown field \\"spec.remoteClusterServer.service\\""',
      ]);
    });

    it('answers a merge patch of only pruned fields without writing', async () => {
      const namespace = await newNamespace(target());
      const { create, merge } = api(target(), namespace);
      const created = await create(elasticsearch('quickstart', { remoteClusterServer: { enabled: true } }));
      const patched = await merge('quickstart', { spec: { remoteClusterServer: { service: RCS_SERVICE } } });
      expect(patched.spec.remoteClusterServer).toEqual({ enabled: true });
      expect(patched.metadata.resourceVersion).toBe(created.metadata.resourceVersion);
      expect(patched.metadata.generation).toBe(1);
    });

    it('shows the pruning in a dry run, which writes nothing: how the plugin detects an old CRD', async () => {
      const namespace = await newNamespace(target());
      const { create, dryRunMerge, get } = api(target(), namespace);
      const created = await create(elasticsearch('quickstart', { remoteClusterServer: { enabled: true } }));
      const dryRun = await dryRunMerge('quickstart', { spec: { remoteClusterServer: { service: RCS_SERVICE } } });
      expect(dryRun.spec.remoteClusterServer).toEqual({ enabled: true });
      expect((await get('quickstart')).metadata.resourceVersion).toBe(created.metadata.resourceVersion);
    });

    it('expires a watch from a resourceVersion older than the CRD with ERROR 410', async () => {
      const namespace = await newNamespace(target());
      const path = `/apis/${ELASTICSEARCH_API_VERSION}/namespaces/${namespace}/elasticsearches`;
      const [event] = await collectWatch(target().kubeConfig('admin'), path, { resourceVersion: '1' }, 1);
      expect(event.type).toBe('ERROR');
      expect(event.object).toMatchObject({ kind: 'Status', status: 'Failure', reason: 'Expired', code: 410 });
      expect(event.object.message).toMatch(/^too old resource version: 1 \(\d+\)$/);
    });
  });

  describe(`ECK ${ECK_CRD_WITH_RCS_SERVICE} CRD`, () => {
    let beforeUpgrade: string;
    // An upgrade from the older CRD, which holds an object written before it.
    beforeAll(async () => {
      await target().installEckCrd(ECK_CRD_WITHOUT_RCS_SERVICE);
      const namespace = await newNamespace(target(), 'eck-upgrade');
      const created = await api(target(), namespace).create(elasticsearch('before-upgrade'));
      beforeUpgrade = created.metadata.resourceVersion!;
      await target().installEckCrd(ECK_CRD_WITH_RCS_SERVICE);
    });

    it('starts a new watch window when the CRD changes', async () => {
      const path = `/apis/${ELASTICSEARCH_API_VERSION}/elasticsearches`;
      const [event] = await collectWatch(target().kubeConfig('admin'), path, { resourceVersion: beforeUpgrade }, 1);
      expect(event).toMatchObject({ type: 'ERROR', object: { reason: 'Expired', code: 410 } });
      expect(event.object.message).toMatch(new RegExp(`^too old resource version: ${beforeUpgrade} \\(\\d+\\)$`));
    });

    it('keeps remoteClusterServer.service in a dry run, and writes nothing', async () => {
      const namespace = await newNamespace(target());
      const { create, dryRunMerge, get } = api(target(), namespace);
      const created = await create(elasticsearch('quickstart', { remoteClusterServer: { enabled: true } }));
      const dryRun = await dryRunMerge('quickstart', { spec: { remoteClusterServer: { service: RCS_SERVICE } } });
      expect(dryRun.spec.remoteClusterServer).toMatchObject({
        enabled: true,
        service: { spec: { type: 'LoadBalancer' } },
      });
      const stored = await get('quickstart');
      expect(stored.metadata.resourceVersion).toBe(created.metadata.resourceVersion);
      expect(stored.spec.remoteClusterServer).toEqual({ enabled: true });
    });

    it('keeps remoteClusterServer.service and defaults its ports’ protocol', async () => {
      const namespace = await newNamespace(target());
      const created = await createWithWarnings(
        target(),
        namespace,
        elasticsearch('quickstart', { remoteClusterServer: { enabled: true, service: RCS_SERVICE } }),
      );
      expect(created.warnings).toEqual([]);
      expect(created.object.spec.remoteClusterServer).toEqual({
        enabled: true,
        service: { spec: { type: 'LoadBalancer', ports: [{ name: 'rcs', port: 9443, protocol: 'TCP' }] } },
      });
    });

    it('merge-patches spec.remoteClusterServer, keeping what the patch leaves out, and bumps generation', async () => {
      const namespace = await newNamespace(target());
      const { create, merge } = api(target(), namespace);
      await create(elasticsearch('quickstart', { remoteClusterServer: { enabled: true } }));
      const patched = await merge('quickstart', { spec: { remoteClusterServer: { service: RCS_SERVICE } } });
      expect(patched.spec.remoteClusterServer).toEqual({
        enabled: true,
        service: { spec: { ...RCS_SERVICE.spec, ports: [{ name: 'rcs', port: 9443, protocol: 'TCP' }] } },
      });
      expect(patched.metadata.generation).toBe(2);
      const disabled = await merge('quickstart', { spec: { remoteClusterServer: { enabled: null } } });
      expect(disabled.spec.remoteClusterServer).not.toHaveProperty('enabled');
    });

    it('changes status only through the status subresource, without bumping generation', async () => {
      const namespace = await newNamespace(target());
      const { create, merge, mergeStatus, get } = api(target(), namespace);
      const created = await create({ ...elasticsearch('quickstart'), status: { phase: 'Ready' } });
      expect(created.metadata.generation).toBe(1);
      expect(created).not.toHaveProperty('status');

      const status = await mergeStatus('quickstart', {
        spec: { version: '9.2.0' },
        metadata: { labels: { a: 'b' } },
        status: { phase: 'Ready', observedGeneration: 1, health: 'green' },
      });
      expect(status.metadata.generation).toBe(1);
      expect(status.metadata).not.toHaveProperty('labels');
      expect(status.spec.version).toBe('9.1.0');
      expect(status.status).toEqual({ phase: 'Ready', observedGeneration: 1, health: 'green' });

      const labelled = await merge('quickstart', { metadata: { labels: { a: 'b' } }, status: { phase: 'Invalid' } });
      expect(labelled.metadata.generation).toBe(1);
      expect(labelled.status).toEqual(status.status);
      const upgraded = await merge('quickstart', { spec: { version: '9.2.0' } });
      expect(upgraded.metadata.generation).toBe(2);
      expect((await get('quickstart')).status?.observedGeneration).toBe(1);
    });

    it('reads, lists within and across namespaces, and answers a missing one with 404 naming its group', async () => {
      const [first, second] = [await newNamespace(target()), await newNamespace(target())];
      await api(target(), first).create(elasticsearch('quickstart'));
      await api(target(), second).create(elasticsearch('quickstart'));
      const { custom } = clients(target());
      const within = (await custom.listNamespacedCustomObject({ ...ELASTICSEARCHES, namespace: first })) as {
        items: Elasticsearch[];
      };
      expect(within.items.map((item) => item.metadata.namespace)).toEqual([first]);
      const across = (await custom.listClusterCustomObject(ELASTICSEARCHES)) as {
        kind: string;
        items: Elasticsearch[];
      };
      expect(across.kind).toBe('ElasticsearchList');
      expect(across.items.map((item) => item.metadata.namespace)).toEqual(expect.arrayContaining([first, second]));
      expect(await failure(api(target(), first).get('absent'))).toMatchObject({
        code: 404,
        body: {
          message: 'elasticsearches.elasticsearch.k8s.elastic.co "absent" not found',
          details: { name: 'absent', group: 'elasticsearch.k8s.elastic.co', kind: 'elasticsearches' },
        },
      });
    });

    it('validates against the schema', async () => {
      const namespace = await newNamespace(target());
      const { create } = api(target(), namespace);
      const missing = await failure(
        create({ apiVersion: ELASTICSEARCH_API_VERSION, kind: 'Elasticsearch', metadata: { name: 'empty' }, spec: {} }),
      );
      expect(missing).toMatchObject({
        code: 422,
        body: {
          reason: 'Invalid',
          message:
            'Elasticsearch.elasticsearch.k8s.elastic.co "empty" is invalid: [spec.nodeSets: Required value, spec.version: Required value]',
          details: { name: 'empty', group: 'elasticsearch.k8s.elastic.co', kind: 'Elasticsearch' },
        },
      });
      const wrongType = await failure(create(elasticsearch('typed', { remoteClusterServer: { enabled: 'yes' } })));
      expect(wrongType.body.message).toBe(
        'Elasticsearch.elasticsearch.k8s.elastic.co "typed" is invalid: spec.remoteClusterServer.enabled: Invalid value: "string": spec.remoteClusterServer.enabled in body must be of type boolean: "string"',
      );
    });

    it('refuses unknown fields with fieldValidation=Strict, and a body without kind', async () => {
      const namespace = await newNamespace(target());
      const path = `/apis/${ELASTICSEARCH_API_VERSION}/namespaces/${namespace}/elasticsearches`;
      const post = (query: string, body: unknown) =>
        rawRequest(target().kubeConfig('admin'), 'POST', `${path}${query}`, { contentType: 'application/json', body });
      const strict = await post(
        '?fieldValidation=Strict',
        elasticsearch('strict', { bogus: 1, remoteClusterServer: { x: 1 } }),
      );
      expect(strict.json()).toMatchObject({
        code: 400,
        message:
          'Elasticsearch in version "v1" cannot be handled as a Elasticsearch: strict decoding error: unknown field "spec.bogus", unknown field "spec.remoteClusterServer.x"',
      });
      const text = JSON.stringify({ metadata: { name: 'kindless' }, spec: { version: '9.1.0' } });
      const kindless = await post('', text);
      expect(kindless.json()).toMatchObject({
        code: 400,
        message: `the object provided is unrecognized (must be of type Elasticsearch): Object 'Kind' is missing in '${text}' (${text.slice(0, 30)} ...)`,
      });
    });

    it('refuses a strategic merge patch, and a replace without resourceVersion', async () => {
      const namespace = await newNamespace(target());
      await api(target(), namespace).create(elasticsearch('quickstart'));
      const { custom, kubeConfig } = clients(target());
      const path = `/apis/${ELASTICSEARCH_API_VERSION}/namespaces/${namespace}/elasticsearches/quickstart`;
      const strategic = await rawRequest(kubeConfig, 'PATCH', path, {
        contentType: 'application/strategic-merge-patch+json',
        body: { spec: {} },
      });
      expect(strategic.status).toBe(415);
      expect(strategic.json().message).toBe(
        'the body of the request was in an unknown format - accepted media types include: application/json-patch+json, application/merge-patch+json, application/apply-patch+yaml',
      );
      const unconditional = await failure(
        custom.replaceNamespacedCustomObject({
          ...ELASTICSEARCHES,
          namespace,
          name: 'quickstart',
          body: elasticsearch('quickstart'),
        }),
      );
      expect(unconditional.body.message).toBe(
        'elasticsearches.elasticsearch.k8s.elastic.co "quickstart" is invalid: metadata.resourceVersion: Invalid value: 0: must be specified for an update',
      );
    });

    it('watches ADDED and MODIFIED for spec and status changes', async () => {
      const namespace = await newNamespace(target());
      const { create, merge, mergeStatus } = api(target(), namespace);
      const path = `/apis/${ELASTICSEARCH_API_VERSION}/namespaces/${namespace}/elasticsearches`;
      const events = await collectWatch(target().kubeConfig('admin'), path, {}, 3, async () => {
        await create(elasticsearch('quickstart'));
        await merge('quickstart', { spec: { remoteClusterServer: { enabled: true } } });
        await mergeStatus('quickstart', { status: { observedGeneration: 2 } });
      });
      expect(
        events.map((event) => [event.type, (event.object.metadata as { generation?: number }).generation]),
      ).toEqual([
        ['ADDED', 1],
        ['MODIFIED', 2],
        ['MODIFIED', 2],
      ]);
    });
  });
}
