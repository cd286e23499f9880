import { randomUUID } from 'node:crypto';
import { matchesLabelSelector, type Requirement } from './label_selector';
import { rulesFor } from './resource_rules';
import { apiVersionOf, type ResourceType } from './resource_types';

export interface KubeObject {
  apiVersion?: string;
  kind?: string;
  metadata: {
    name: string;
    namespace?: string;
    uid?: string;
    resourceVersion?: string;
    generation?: number;
    creationTimestamp?: string;
    labels?: Record<string, string>;
    annotations?: Record<string, string>;
    [key: string]: unknown;
  };
  [key: string]: unknown;
}

export type WatchEventType = 'ADDED' | 'MODIFIED' | 'DELETED';

/** One change, as a watch reports it; `resourceVersion` is the store revision it produced. */
export interface StoreEvent {
  type: WatchEventType;
  resourceType: ResourceType;
  object: KubeObject;
  resourceVersion: number;
}

export type StoreListener = (event: StoreEvent) => void;

/** How many past events the store keeps for watches that resume; older resourceVersions get 410 Gone. */
export const EVENT_HISTORY = 1000;

export type StoreResult<T> = { ok: true; value: T } | { ok: false; reason: 'NotFound' | 'AlreadyExists' | 'Conflict' };

const typeKey = (type: ResourceType) => `${type.group}/${type.plural}`;
const objectKey = (namespace: string | undefined, name: string) => `${namespace ?? ''}/${name}`;
const clone = <T>(value: T): T => structuredClone(value);

/** JSON with object keys sorted, to compare objects whatever order their fields were written in. */
function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, item) =>
    item && typeof item === 'object' && !Array.isArray(item)
      ? Object.fromEntries(
          Object.keys(item)
            .sort()
            .map((key) => [key, item[key]]),
        )
      : item,
  );
}

/** Everything but metadata and status: a change there is what bumps `generation`. */
const generationContent = ({ metadata: _metadata, status: _status, ...content }: KubeObject) => canonicalJson(content);

/**
 * The API server's storage: objects per resource type, one resourceVersion counter for the whole
 * store as etcd's revision, and `generation`, for the kinds that have one, bumped on every change
 * outside metadata and status.
 */
export class ObjectStore {
  private revision = 0;
  private readonly objects = new Map<string, Map<string, KubeObject>>();
  private readonly history: StoreEvent[] = [];
  private readonly listeners = new Set<StoreListener>();
  /** Per resource type, the revision its watch cache started at (when its CRD was installed). */
  private readonly watchWindows = new Map<string, number>();

  /** Follows every change from now on; returns the unsubscribe function. */
  subscribe(listener: StoreListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * The changes after `resourceVersion`, or `undefined` when they are no longer all kept (the
   * real API server answers such a watch with 410 Gone).
   */
  eventsSince(resourceVersion: number, type?: ResourceType): StoreEvent[] | undefined {
    if (type && resourceVersion < this.oldestResumableVersionOf(type)) return undefined;
    if (resourceVersion >= this.revision) return [];
    const oldestKept = this.history.length > 0 ? this.history[0].resourceVersion : this.revision + 1;
    if (resourceVersion < oldestKept - 1) return undefined;
    return this.history
      .filter((event) => event.resourceVersion > resourceVersion)
      .map((event) => ({ ...event, object: clone(event.object) }));
  }

  /** The oldest resourceVersion a watch may still resume from. */
  get oldestResumableVersion(): number {
    return this.history.length > 0 ? this.history[0].resourceVersion - 1 : this.revision;
  }

  /**
   * Starts the watch window of a resource type now, as kube-apiserver's watch cache for a custom
   * resource starts anew whenever its CRD is written: a watch of that type from an older
   * resourceVersion is answered 410 Expired, even if the store still has the events.
   */
  openWatchWindow(type: ResourceType): void {
    // Writing the CRD takes a revision of its own, so the window starts after every earlier write.
    this.watchWindows.set(typeKey(type), ++this.revision);
  }

  oldestResumableVersionOf(type: ResourceType): number {
    return Math.max(this.oldestResumableVersion, this.watchWindows.get(typeKey(type)) ?? 0);
  }

  private record(type: WatchEventType, resourceType: ResourceType, object: KubeObject) {
    const event: StoreEvent = { type, resourceType, object: clone(object), resourceVersion: this.revision };
    this.history.push(event);
    if (this.history.length > EVENT_HISTORY) this.history.shift();
    for (const listener of this.listeners) listener({ ...event, object: clone(object) });
  }

  get resourceVersion(): string {
    return String(this.revision);
  }

  private bucket(type: ResourceType): Map<string, KubeObject> {
    let bucket = this.objects.get(typeKey(type));
    if (!bucket) {
      bucket = new Map();
      this.objects.set(typeKey(type), bucket);
    }
    return bucket;
  }

  get(type: ResourceType, namespace: string | undefined, name: string): KubeObject | undefined {
    const found = this.bucket(type).get(objectKey(namespace, name));
    return found && clone(found);
  }

  list(type: ResourceType, namespace: string | undefined, selector: Requirement[]): KubeObject[] {
    return [...this.bucket(type).values()]
      .filter((object) => namespace === undefined || object.metadata.namespace === namespace)
      .filter((object) => matchesLabelSelector(selector, object.metadata.labels))
      .sort((a, b) =>
        objectKey(a.metadata.namespace, a.metadata.name).localeCompare(
          objectKey(b.metadata.namespace, b.metadata.name),
        ),
      )
      .map(clone);
  }

  create(type: ResourceType, object: KubeObject): StoreResult<KubeObject> {
    const key = objectKey(object.metadata.namespace, object.metadata.name);
    const bucket = this.bucket(type);
    if (bucket.has(key)) return { ok: false, reason: 'AlreadyExists' };
    const stored: KubeObject = {
      ...clone(object),
      apiVersion: apiVersionOf(type),
      kind: type.kind,
      metadata: {
        ...clone(object.metadata),
        uid: randomUUID(),
        ...(rulesFor(type).tracksGeneration ? { generation: 1 } : {}),
        creationTimestamp: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
        resourceVersion: String(++this.revision),
      },
    };
    bucket.set(key, stored);
    this.record('ADDED', type, stored);
    return { ok: true, value: clone(stored) };
  }

  /**
   * Replaces an object. A stale `resourceVersion` is a conflict, as with optimistic concurrency in
   * the real API server; a status-only update changes nothing but the status, and any other update
   * keeps the current status (types with a status subresource).
   */
  replace(type: ResourceType, object: KubeObject, options: { statusOnly: boolean }): StoreResult<KubeObject> {
    const current = this.bucket(type).get(objectKey(object.metadata.namespace, object.metadata.name));
    if (!current) return { ok: false, reason: 'NotFound' };
    const next: KubeObject = options.statusOnly
      ? { ...clone(current), status: clone(object.status) }
      : { ...clone(object), status: clone(current.status) };
    if (options.statusOnly) next.metadata.resourceVersion = object.metadata.resourceVersion;
    const updated = this.update(type, next);
    return updated.ok ? { ok: true, value: updated.value.object } : updated;
  }

  /**
   * Stores `object` in place of the current one, as a whole: the caller decided what may change.
   * Keeps uid and creationTimestamp, bumps `generation` as the kind says, and writes nothing (no
   * new resourceVersion, no watch event) when nothing changed, as the API server does.
   */
  update(type: ResourceType, object: KubeObject): StoreResult<{ object: KubeObject; changed: boolean }> {
    const key = objectKey(object.metadata.namespace, object.metadata.name);
    const bucket = this.bucket(type);
    const current = bucket.get(key);
    if (!current) return { ok: false, reason: 'NotFound' };
    const expected = object.metadata.resourceVersion;
    if (expected && expected !== current.metadata.resourceVersion) return { ok: false, reason: 'Conflict' };
    const next: KubeObject = { ...clone(object), apiVersion: apiVersionOf(type), kind: type.kind };
    const tracksGeneration = rulesFor(type).tracksGeneration;
    const generation =
      (current.metadata.generation ?? 1) + (generationContent(current) !== generationContent(next) ? 1 : 0);
    next.metadata = {
      ...clone(object.metadata),
      uid: current.metadata.uid,
      creationTimestamp: current.metadata.creationTimestamp,
      resourceVersion: current.metadata.resourceVersion,
    };
    if (tracksGeneration) next.metadata.generation = generation;
    else delete next.metadata.generation;
    if (canonicalJson(next) === canonicalJson(current))
      return { ok: true, value: { object: clone(current), changed: false } };
    next.metadata.resourceVersion = String(++this.revision);
    bucket.set(key, next);
    this.record('MODIFIED', type, next);
    return { ok: true, value: { object: clone(next), changed: true } };
  }

  delete(type: ResourceType, namespace: string | undefined, name: string): StoreResult<KubeObject> {
    const bucket = this.bucket(type);
    const key = objectKey(namespace, name);
    const current = bucket.get(key);
    if (!current) return { ok: false, reason: 'NotFound' };
    bucket.delete(key);
    const deleted = { ...current, metadata: { ...current.metadata, resourceVersion: String(++this.revision) } };
    this.record('DELETED', type, deleted);
    return { ok: true, value: deleted };
  }
}
