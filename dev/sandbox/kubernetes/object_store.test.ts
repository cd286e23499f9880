import { ObjectStore } from './object_store';
import { CORE_TYPES, ELASTICSEARCH_TYPE } from './resource_types';

const CONFIG_MAPS = CORE_TYPES.find((type) => type.plural === 'configmaps')!;
const elasticsearch = { metadata: { name: 'quickstart', namespace: 'elastic' }, spec: { version: '9.1.0' } };

describe('ObjectStore', () => {
  it('gives a generation only to kinds that track one, and bumps it on changes outside metadata and status', () => {
    const store = new ObjectStore();
    const configMap = store.create(CONFIG_MAPS, { metadata: { name: 'ca', namespace: 'elastic' } });
    expect(configMap.ok && configMap.value.metadata).not.toHaveProperty('generation');
    const created = store.create(ELASTICSEARCH_TYPE, elasticsearch);
    expect(created).toMatchObject({ ok: true, value: { metadata: { generation: 1, resourceVersion: '2' } } });
    const labelled = store.update(ELASTICSEARCH_TYPE, {
      ...elasticsearch,
      metadata: { ...elasticsearch.metadata, labels: { a: 'b' } },
    });
    expect(labelled).toMatchObject({ value: { changed: true, object: { metadata: { generation: 1 } } } });
    const upgraded = store.update(ELASTICSEARCH_TYPE, { ...elasticsearch, spec: { version: '9.2.0' } });
    expect(upgraded).toMatchObject({ value: { changed: true, object: { metadata: { generation: 2 } } } });
  });

  it('writes nothing for an update that changes nothing', () => {
    const store = new ObjectStore();
    store.create(ELASTICSEARCH_TYPE, elasticsearch);
    const events: string[] = [];
    store.subscribe((event) => events.push(event.type));
    expect(store.update(ELASTICSEARCH_TYPE, elasticsearch)).toMatchObject({
      value: { changed: false, object: { metadata: { resourceVersion: '1' } } },
    });
    expect(store.resourceVersion).toBe('1');
    expect(events).toEqual([]);
  });

  it('expires watches of a type from before its watch window opened, but not of other types', () => {
    const store = new ObjectStore();
    store.create(CONFIG_MAPS, { metadata: { name: 'ca', namespace: 'elastic' } });
    store.openWatchWindow(ELASTICSEARCH_TYPE);
    store.create(ELASTICSEARCH_TYPE, elasticsearch);
    expect(store.eventsSince(1, ELASTICSEARCH_TYPE)).toBeUndefined();
    expect(store.oldestResumableVersionOf(ELASTICSEARCH_TYPE)).toBe(2);
    expect(store.eventsSince(2, ELASTICSEARCH_TYPE)?.map((event) => event.type)).toEqual(['ADDED']);
    expect(store.eventsSince(0, CONFIG_MAPS)).toHaveLength(2);
  });
});
