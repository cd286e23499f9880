import { randomBytes } from 'node:crypto';
import {
  ApiextensionsV1Api,
  AuthorizationV1Api,
  CustomObjectsApi,
  KubeConfig,
  RbacAuthorizationV1Api,
} from '@kubernetes/client-node';
import { kubeconfigFor } from '../../dev/sandbox/kubernetes/kubeconfig';
import type { PolicyRule } from '../../dev/sandbox/kubernetes/rbac';
import { RESTRICTED_USER, type ContractTarget, type ContractUser } from '../contract/contract_target';
import { readElasticsearchCrd } from './eck_crds';
import { startControlPlane } from './start_control_plane';

const POLL_MS = 100;
const WAIT_MS = 30_000;

/** Polls until `check` holds; RBAC and CRD changes reach the API server's handlers a moment after the write. */
async function eventually(what: string, check: () => Promise<boolean>): Promise<void> {
  const deadline = Date.now() + WAIT_MS;
  while (!(await check().catch(() => false))) {
    if (Date.now() > deadline) throw new Error(`Timed out after ${WAIT_MS} ms waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

/**
 * A real etcd and kube-apiserver as a contract target. The restricted user is a line of the static
 * token file with no rights; grant() gives it rights the way a cluster admin would, with a Role
 * and a RoleBinding created with the admin token.
 */
export async function startRealKubernetesTarget(): Promise<ContractTarget> {
  const restrictedToken = randomBytes(24).toString('hex');
  const controlPlane = await startControlPlane({ users: [{ token: restrictedToken, user: RESTRICTED_USER }] });
  const endpoint = { url: controlPlane.serverUrl, caPem: controlPlane.caPem };
  const kubeConfig = (user: ContractUser) => {
    const config = new KubeConfig();
    config.loadFromString(kubeconfigFor(endpoint, user === 'admin' ? controlPlane.adminToken : restrictedToken));
    return config;
  };
  const admin = kubeConfig('admin');
  const rbac = admin.makeApiClient(RbacAuthorizationV1Api);
  const authorization = admin.makeApiClient(AuthorizationV1Api);
  const crds = admin.makeApiClient(ApiextensionsV1Api);
  const custom = admin.makeApiClient(CustomObjectsApi);
  let grants = 0;

  async function grant(namespace: string, rules: PolicyRule[]) {
    const name = `contract-grant-${++grants}`;
    await rbac.createNamespacedRole({ namespace, body: { metadata: { name }, rules } });
    await rbac.createNamespacedRoleBinding({
      namespace,
      body: {
        metadata: { name },
        roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name },
        subjects: [{ apiGroup: 'rbac.authorization.k8s.io', kind: 'User', name: RESTRICTED_USER }],
      },
    });
    const [rule] = rules;
    const resourceAttributes = {
      namespace,
      verb: rule.verbs[0],
      group: rule.apiGroups[0],
      resource: rule.resources[0],
    };
    await eventually(`the RoleBinding ${namespace}/${name} is in force`, async () => {
      const review = await authorization.createSubjectAccessReview({
        body: { spec: { user: RESTRICTED_USER, resourceAttributes } },
      });
      return review.status?.allowed === true;
    });
  }

  async function installEckCrd(version: string) {
    const crd = readElasticsearchCrd(version);
    const name = crd.metadata!.name!;
    const existing = await crds.readCustomResourceDefinition({ name }).catch(() => undefined);
    if (existing) {
      crd.metadata!.resourceVersion = existing.metadata!.resourceVersion;
      await crds.replaceCustomResourceDefinition({ name, body: crd });
    } else {
      await crds.createCustomResourceDefinition({ body: crd });
    }
    // Served, and with this release's schema: a dry run shows whether remoteClusterServer.service is kept.
    const keepsService = !/^v?3\.[0-2]\./.test(version);
    await eventually(`ECK ${version}'s CRD is served`, async () => {
      const body = {
        apiVersion: 'elasticsearch.k8s.elastic.co/v1',
        kind: 'Elasticsearch',
        metadata: { name: 'crd-probe' },
        spec: { version: '9.1.0', nodeSets: [{ name: 'default' }], remoteClusterServer: { service: {} } },
      };
      const group = { group: 'elasticsearch.k8s.elastic.co', version: 'v1', plural: 'elasticsearches' };
      const created = (await custom.createNamespacedCustomObject({
        ...group,
        namespace: 'default',
        body,
        dryRun: 'All',
      })) as {
        spec: { remoteClusterServer: object };
      };
      return 'service' in created.spec.remoteClusterServer === keepsService;
    });
  }

  return { kubeConfig, grant, installEckCrd, stop: () => controlPlane.stop() };
}
