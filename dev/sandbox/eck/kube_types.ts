import { CORE_TYPES, type ResourceType } from '../kubernetes/resource_types';

const core = (plural: string): ResourceType => {
  const type = CORE_TYPES.find((candidate) => candidate.plural === plural);
  if (!type) throw new Error(`The sandbox API server does not serve ${plural}`);
  return type;
};

/** The core resource types the operator reads and writes. */
export const KUBE = {
  namespaces: core('namespaces'),
  services: core('services'),
  secrets: core('secrets'),
  configMaps: core('configmaps'),
  pods: core('pods'),
} as const;
