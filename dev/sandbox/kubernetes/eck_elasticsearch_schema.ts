import type { StructuralSchema } from './structural_schema';

/**
 * The `v1` schema of ECK's `elasticsearches.elasticsearch.k8s.elastic.co` CRD (config/crds/v1/
 * all-crds.yaml of github.com/elastic/cloud-on-k8s/v3), written down compactly: every field of
 * `spec` and `status`, with x-kubernetes-preserve-unknown-fields exactly where the CRD has it
 * (nodeSets[].config, nodeSets[].podTemplate, remoteClusters[].apiKey.access.search.query), so
 * that pruning keeps and drops what the real API server keeps and drops.
 * test/k8s-env/eck_crd_schema.test.ts compares it, field by field, with the CRDs of ECK 3.2.0,
 * 3.4.0 and 3.5.0. 3.3.x is not on the Go module proxy: fields 3.4.0 has and 3.2.0 lacks are placed
 * at 3.3 where the release notes say so (remoteClusterServer.service), at 3.4 otherwise.
 */
/** An ECK release, '3.2.0'. */
export type EckCrdVersion = string;

const string: StructuralSchema = { type: 'string' };
const integer: StructuralSchema = { type: 'integer' };
const boolean: StructuralSchema = { type: 'boolean' };
const intOrString: StructuralSchema = { type: 'intOrString' };
const preserved: StructuralSchema = { type: 'object', preserveUnknownFields: true };
const object = (properties: Record<string, StructuralSchema>, required?: string[]): StructuralSchema => ({
  type: 'object',
  properties,
  ...(required ? { required } : {}),
});
const list = (items: StructuralSchema, extra: { minItems?: number; listMapKeys?: string[] } = {}) =>
  ({ type: 'array', items, ...extra }) as StructuralSchema;
const map = (values: StructuralSchema): StructuralSchema => ({ type: 'object', additionalProperties: values });
const strings = list(string);

/** ECK's ObjectMeta subset for the templates it accepts (services, volume claims, PDB). */
const metadataTemplate = object({
  annotations: map(string),
  finalizers: strings,
  labels: map(string),
  name: string,
  namespace: string,
});

const labelSelector = object({
  matchExpressions: list(object({ key: string, operator: string, values: strings }, ['key', 'operator'])),
  matchLabels: map(string),
});

const serviceSpec = object({
  allocateLoadBalancerNodePorts: boolean,
  clusterIP: string,
  clusterIPs: strings,
  externalIPs: strings,
  externalName: string,
  externalTrafficPolicy: string,
  healthCheckNodePort: integer,
  internalTrafficPolicy: string,
  ipFamilies: strings,
  ipFamilyPolicy: string,
  loadBalancerClass: string,
  loadBalancerIP: string,
  loadBalancerSourceRanges: strings,
  ports: list(
    object(
      {
        appProtocol: string,
        name: string,
        nodePort: integer,
        port: integer,
        protocol: { type: 'string', default: 'TCP' },
        targetPort: intOrString,
      },
      ['port'],
    ),
    { listMapKeys: ['port', 'protocol'] },
  ),
  publishNotReadyAddresses: boolean,
  selector: map(string),
  sessionAffinity: string,
  sessionAffinityConfig: object({ clientIP: object({ timeoutSeconds: integer }) }),
  trafficDistribution: string,
  type: string,
});

const serviceTemplate = object({ metadata: metadataTemplate, spec: serviceSpec });
const subjectAltNames = list(object({ dns: string, ip: string }));
const secretRef = object({ secretName: string });
const typedRef = (extra: Record<string, StructuralSchema> = {}) =>
  object({ apiGroup: string, kind: string, name: string, ...extra }, ['kind', 'name']);

/** resource.Quantity's pattern, which the CRD puts on every resource quantity. */
const QUANTITY =
  '^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$';

const quantity: StructuralSchema = { type: 'intOrString', pattern: QUANTITY };

const volumeClaimTemplate = object({
  apiVersion: string,
  kind: string,
  metadata: metadataTemplate,
  spec: object({
    accessModes: strings,
    dataSource: typedRef(),
    dataSourceRef: typedRef({ namespace: string }),
    resources: object({ limits: map(quantity), requests: map(quantity) }),
    selector: labelSelector,
    storageClassName: string,
    volumeAttributesClassName: string,
    volumeMode: string,
    volumeName: string,
  }),
});

const nodeUpdates = (fields: Record<string, StructuralSchema>, required: string[]) =>
  object({ lastUpdatedTime: string, nodes: list(object(fields, required)) });

const elasticsearchRefs = list(object({ name: string, namespace: string, secretName: string, serviceName: string }));

function nodeSet(version: number[]): StructuralSchema {
  const quantities = object({ cpu: quantity, memory: quantity });
  return object(
    {
      config: preserved,
      count: integer,
      name: { type: 'string', maxLength: 23, pattern: '[a-zA-Z0-9-]+' },
      podTemplate: preserved,
      ...(atLeast(version, 3, 5) ? { resources: object({ limits: quantities, requests: quantities }) } : {}),
      volumeClaimTemplates: list(volumeClaimTemplate),
      ...(atLeast(version, 3, 4)
        ? { zoneAwareness: object({ topologyKey: string, zones: list(string, { minItems: 1 }) }) }
        : {}),
    },
    ['name'],
  );
}

const remoteCluster = object(
  {
    apiKey: object(
      {
        access: object({
          replication: object({ names: strings }, ['names']),
          search: object(
            {
              allow_restricted_indices: boolean,
              field_security: object({ except: strings, grant: strings }, ['except', 'grant']),
              names: strings,
              query: preserved,
            },
            ['names'],
          ),
        }),
      },
      ['access'],
    ),
    elasticsearchRef: object({ name: string, namespace: string, serviceName: string }),
    name: { type: 'string', minLength: 1 },
  },
  ['name'],
);

const status = object({
  availableNodes: integer,
  conditions: list(
    object({ lastTransitionTime: string, message: string, status: string, type: string }, ['status', 'type']),
  ),
  health: string,
  inProgressOperations: object(
    {
      downscale: object({
        lastUpdatedTime: string,
        nodes: list(object({ explanation: string, name: string, shutdownStatus: string }, ['name', 'shutdownStatus'])),
        stalled: boolean,
      }),
      upgrade: nodeUpdates({ message: string, name: string, predicate: string, status: string }, ['name', 'status']),
      upscale: nodeUpdates({ message: string, name: string, status: string }, ['name', 'status']),
    },
    ['downscale', 'upgrade', 'upscale'],
  ),
  monitoringAssociationStatus: map(string),
  observedGeneration: integer,
  phase: string,
  version: string,
});

const parseVersion = (version: EckCrdVersion) => version.replace(/^v/, '').split('.').map(Number);
const atLeast = (version: number[], major: number, minor: number) =>
  version[0] > major || (version[0] === major && version[1] >= minor);

/** The schema of `spec` and `status` (metadata is ObjectMeta, handled for every kind alike). */
export function elasticsearchSchema(crdVersion: EckCrdVersion): StructuralSchema {
  const version = parseVersion(crdVersion);
  const httpTls = object({
    certificate: secretRef,
    ...(atLeast(version, 3, 4) ? { client: object({ authentication: boolean }) } : {}),
    selfSignedCertificate: object({ disabled: boolean, subjectAltNames }),
  });
  const spec = object(
    {
      auth: object({ disableElasticUser: boolean, fileRealm: list(secretRef), roles: list(secretRef) }),
      http: object({ service: serviceTemplate, tls: httpTls }),
      image: string,
      monitoring: object({
        logs: object({ elasticsearchRefs }),
        metrics: object({ elasticsearchRefs }),
      }),
      nodeSets: list(nodeSet(version), { minItems: 1 }),
      podDisruptionBudget: object({
        metadata: metadataTemplate,
        spec: object({
          maxUnavailable: intOrString,
          minAvailable: intOrString,
          selector: labelSelector,
          unhealthyPodEvictionPolicy: string,
        }),
      }),
      // The customised remote cluster Service is ECK 3.3.0's (elastic/cloud-on-k8s#8892).
      remoteClusterServer: object({
        enabled: boolean,
        ...(atLeast(version, 3, 3) ? { service: serviceTemplate } : {}),
      }),
      remoteClusters: list(remoteCluster),
      revisionHistoryLimit: integer,
      secureSettings: list(
        object({ entries: list(object({ key: string, path: string }, ['key'])), secretName: string }, ['secretName']),
      ),
      serviceAccountName: string,
      transport: object({
        service: serviceTemplate,
        tls: object({
          certificate: secretRef,
          certificateAuthorities: object({ configMapName: string }),
          otherNameSuffix: string,
          selfSignedCertificates: object({ disabled: boolean }),
          subjectAltNames,
        }),
      }),
      updateStrategy: object({ changeBudget: object({ maxSurge: integer, maxUnavailable: integer }) }),
      version: string,
      volumeClaimDeletePolicy: {
        type: 'string',
        enum: ['DeleteOnScaledownOnly', 'DeleteOnScaledownAndClusterDeletion'],
      },
    },
    ['nodeSets', 'version'],
  );
  return object({ apiVersion: string, kind: string, spec, status });
}
