import { invalidField, type FieldError } from './field_errors';
import { badRequest, invalid, notFound, type KubernetesStatus } from './kubernetes_status';
import { metadataForCreate, metadataForUpdate, pruneObjectMeta } from './object_meta';
import { generateName, labelValueProblems, validateObjectName } from './object_names';
import type { KubeObject, ObjectStore } from './object_store';
import { rulesFor } from './resource_rules';
import { CORE_TYPES, type ResourceType } from './resource_types';
import {
  allocationsOf,
  defaultServiceStatus,
  prepareServiceForCreate,
  prepareServiceForUpdate,
  validateService,
  type ServiceObject,
} from './service_strategy';
import { applyDefaults, prune, validate, type StructuralSchema } from './structural_schema';

/**
 * What kube-apiserver does between decoding a body and writing it, per kind: pruning and defaults,
 * generated names, validation, allocation, and which parts of an update a subresource may change.
 */
export interface PreparationContext {
  store: ObjectStore;
  /** The structural schema of a custom resource type; undefined for built-in kinds. */
  schemaOf(type: ResourceType): StructuralSchema | undefined;
}

export type Prepared = { ok: true; object: KubeObject } | { ok: false; status: KubernetesStatus };

const NAMESPACES = CORE_TYPES.find((type) => type.plural === 'namespaces')!;
const SERVICES = CORE_TYPES.find((type) => type.plural === 'services')!;

/** The Services whose ClusterIPs and NodePorts are taken, but for the one being updated. */
const storedServices = (store: ObjectStore, exceptUid?: string) =>
  store
    .list(SERVICES, undefined, [])
    .filter((service) => service.metadata.uid !== exceptUid) as unknown as ServiceObject[];
const kindOf = (type: ResourceType) => ({ group: type.group, kind: type.kind });
const rejected = (type: ResourceType, name: string, causes: FieldError[]): Prepared => ({
  ok: false,
  status: invalid(kindOf(type), name, causes),
});

/** The part of a custom resource its schema describes; metadata is ObjectMeta for every kind. */
function withoutMetadata(object: KubeObject): Record<string, unknown> {
  const content: Record<string, unknown> = { ...object };
  delete content.metadata;
  return content;
}

/**
 * Drops the fields the type does not know (ObjectMeta for every kind, the structural schema for a
 * custom resource) and fills schema defaults. Returns the dropped paths, for the warnings or, with
 * fieldValidation=Strict, for the 400.
 */
export function decodeObject(context: PreparationContext, type: ResourceType, body: KubeObject) {
  const meta = pruneObjectMeta((body.metadata ?? {}) as Record<string, unknown>);
  const schema = context.schemaOf(type);
  if (!schema) return { object: { ...body, metadata: meta.metadata }, unknownFields: meta.unknownFields };
  const pruned = prune(schema, withoutMetadata(body));
  const object = { ...(applyDefaults(schema, pruned.value) as object), metadata: meta.metadata } as KubeObject;
  return { object, unknownFields: [...meta.unknownFields, ...pruned.unknownFields] };
}

function validateContent(context: PreparationContext, type: ResourceType, object: KubeObject): FieldError[] {
  const schema = context.schemaOf(type);
  if (schema) return validate(schema, withoutMetadata(object), '');
  if (type === SERVICES) return validateService(object as ServiceObject);
  return [];
}

/** The status an object starts with: clients cannot create one with a status of their choosing. */
function initialStatus(type: ResourceType): Record<string, unknown> | undefined {
  switch (type.kind) {
    case 'Namespace':
      return { phase: 'Active' };
    case 'Pod':
      return { phase: 'Pending' };
    default:
      return undefined;
  }
}

export function prepareCreate(context: PreparationContext, type: ResourceType, decoded: KubeObject): Prepared {
  const { store } = context;
  const namespace = decoded.metadata.namespace;
  if (type.namespaced && namespace && !store.get(NAMESPACES, undefined, namespace)) {
    return { ok: false, status: notFound(NAMESPACES, namespace) };
  }
  let object: KubeObject = { ...decoded, metadata: metadataForCreate(decoded.metadata) };
  const prefix = object.metadata.generateName;
  if (!object.metadata.name && typeof prefix === 'string' && prefix) object.metadata.name = generateName(prefix);
  if (type.subresources.includes('status')) {
    const status = initialStatus(type);
    object = { ...object, status };
    if (!status) delete object.status;
  }
  const errors = validateObjectName(rulesFor(type).nameRule, object.metadata);
  if (type === NAMESPACES && object.metadata.name) {
    object.metadata.labels = { ...object.metadata.labels, 'kubernetes.io/metadata.name': object.metadata.name };
    object.spec = { finalizers: ['kubernetes'] };
    for (const problem of labelValueProblems(object.metadata.name)) {
      errors.push(invalidField('metadata.labels', object.metadata.name, problem));
    }
  }
  errors.push(...validateContent(context, type, object));
  if (type === SERVICES && errors.length === 0) {
    const allocated = prepareServiceForCreate(object as ServiceObject, allocationsOf(storedServices(store)));
    object = allocated.service as KubeObject;
    errors.push(...allocated.errors);
  }
  return errors.length > 0 ? rejected(type, object.metadata.name ?? '', errors) : { ok: true, object };
}

/**
 * An update (PUT, or the result of a patch) of the main resource or of its `status` subresource.
 * The main resource keeps the current status; `status` of a custom resource changes only the
 * status, while built-in kinds keep their spec and take the rest (labels, say) from the update.
 */
export function prepareUpdate(
  context: PreparationContext,
  type: ResourceType,
  decoded: KubeObject,
  current: KubeObject,
  subresource: string | undefined,
): Prepared {
  const name = current.metadata.name;
  if (decoded.metadata.name && decoded.metadata.name !== name) {
    return {
      ok: false,
      status: badRequest(
        `the name of the object (${decoded.metadata.name}) does not match the name on the URL (${name})`,
      ),
    };
  }
  const incoming = type === SERVICES ? (defaultServiceStatus(decoded as ServiceObject) as KubeObject) : decoded;
  const metadata = metadataForUpdate(incoming.metadata, current.metadata);
  let object: KubeObject;
  if (subresource === 'status') {
    object = rulesFor(type).builtIn
      ? { ...incoming, metadata, spec: current.spec }
      : { ...structuredClone(current), status: incoming.status };
  } else {
    object = { ...incoming, metadata, status: current.status };
  }
  if (object.status === undefined) delete object.status;
  const errors = validateContent(context, type, object);
  if (type === SERVICES && subresource !== 'status' && errors.length === 0) {
    const others = allocationsOf(storedServices(context.store, current.metadata.uid));
    const updated = prepareServiceForUpdate(object as ServiceObject, current as ServiceObject, others);
    object = updated.service as KubeObject;
    errors.push(...updated.errors);
  }
  return errors.length > 0 ? rejected(type, name, errors) : { ok: true, object };
}
