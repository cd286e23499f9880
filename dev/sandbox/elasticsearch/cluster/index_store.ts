/** A document as `_search` returns it in `_source`. */
export type SourceDocument = Readonly<Record<string, unknown>>;

export interface StoredDocument {
  readonly id: string;
  readonly source: SourceDocument;
}

/**
 * Just enough of indices for a small `_search`: names and documents, in insertion order. No
 * mappings, no queries: cross-cluster search is about which indices a caller may reach.
 */
export interface IndexStore {
  names(): string[];
  documents(index: string): readonly StoredDocument[];
  put(index: string, documents: readonly SourceDocument[]): void;
}

export function createIndexStore(initial: Readonly<Record<string, readonly SourceDocument[]>> = {}): IndexStore {
  const indices = new Map<string, StoredDocument[]>();
  let nextId = 1;
  const store: IndexStore = {
    names: () => [...indices.keys()].sort(),
    documents: (index) => indices.get(index) ?? [],
    put(index, documents) {
      const stored = indices.get(index) ?? [];
      for (const source of documents) stored.push({ id: String(nextId++), source });
      indices.set(index, stored);
    },
  };
  for (const [index, documents] of Object.entries(initial)) store.put(index, documents);
  return store;
}
