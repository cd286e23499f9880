import type { V1ServicePort } from '@kubernetes/client-node';
import { ECK_PORTS, eckServiceNames } from '../../../common/eck/eck_names';
import type { KubeObject } from '../kubernetes/object_store';
import {
  clusterLabels,
  ownerReference,
  type ElasticsearchObject,
  type ServiceTemplate,
} from './elasticsearch_resource';
import type { OperatorCapabilities } from './operator_capabilities';

export interface DesiredServices {
  /** Services to create or bring in line. */
  apply: KubeObject[];
  /** Names of Services ECK deletes (the remote cluster Service while the server is disabled). */
  remove: string[];
}

interface ServiceDefaults {
  name: string;
  template?: ServiceTemplate;
  port: V1ServicePort;
  /** Transport and remote cluster Services: headless unless the template sets a type. */
  headlessByDefault: boolean;
  publishNotReadyAddresses?: boolean;
}

// The API server defaults `targetPort` to `port` on create; the sandbox store does not, so the
// operator writes it to show what a real cluster shows.
const withTargetPort = (port: V1ServicePort): V1ServicePort => ({ ...port, targetPort: port.targetPort ?? port.port });

/** ECK's `SetServiceDefaults`: template values win; labels, selector and ports are only defaults. */
function service(es: ElasticsearchObject, defaults: ServiceDefaults): KubeObject {
  const labels = clusterLabels(es.metadata.name);
  const spec = { ...defaults.template?.spec };
  if (defaults.publishNotReadyAddresses !== undefined)
    spec.publishNotReadyAddresses = defaults.publishNotReadyAddresses;
  if (!spec.type) {
    spec.type = 'ClusterIP';
    if (defaults.headlessByDefault) spec.clusterIP = 'None';
  }
  spec.selector = spec.selector ?? labels;
  spec.ports = (spec.ports ?? [defaults.port]).map(withTargetPort);
  const annotations = defaults.template?.metadata?.annotations;
  return {
    metadata: {
      name: defaults.name,
      namespace: es.metadata.namespace,
      labels: { ...labels, ...defaults.template?.metadata?.labels },
      ...(annotations ? { annotations: { ...annotations } } : {}),
      ownerReferences: [ownerReference(es)],
    },
    spec,
  };
}

/** Whether this operator runs the remote cluster server for the resource. */
export const remoteClusterServerEnabled = (es: ElasticsearchObject, operator: OperatorCapabilities) =>
  operator.remoteClusterServer && es.spec.remoteClusterServer?.enabled === true;

/** The Services ECK reconciles for an Elasticsearch resource (pkg/controller/elasticsearch/services). */
export function desiredServices(es: ElasticsearchObject, operator: OperatorCapabilities): DesiredServices {
  const names = eckServiceNames(es.metadata.name);
  const https = { name: 'https', protocol: 'TCP', port: ECK_PORTS.http };
  const apply = [
    service(es, { name: names.http, template: es.spec.http?.service, port: https, headlessByDefault: false }),
    // The operator's own Service: the spec's template never applies to it.
    service(es, { name: names.internalHttp, port: https, headlessByDefault: false, publishNotReadyAddresses: false }),
    service(es, {
      name: names.transport,
      template: es.spec.transport?.service,
      port: { name: 'tls-transport', protocol: 'TCP', port: ECK_PORTS.transport },
      headlessByDefault: true,
      publishNotReadyAddresses: true,
    }),
  ];
  if (!remoteClusterServerEnabled(es, operator)) return { apply, remove: [names.remoteCluster] };
  apply.push(
    service(es, {
      name: names.remoteCluster,
      // An operator before 3.3 does not know the field, even when a newer CRD keeps it.
      template: operator.remoteClusterServerService ? es.spec.remoteClusterServer?.service : undefined,
      port: { name: 'rcs', protocol: 'TCP', port: ECK_PORTS.remoteClusterServer },
      headlessByDefault: true,
      publishNotReadyAddresses: true,
    }),
  );
  return { apply, remove: [] };
}
