/**
 * Elasticsearch keeps settings as a flat, sorted map of dotted keys to strings (or lists of strings),
 * whatever shape the request used. These helpers convert between that form and the nested form
 * that `GET /_cluster/settings` returns unless `flat_settings=true`.
 */

/** A stored setting value: numbers and booleans become strings, as in Elasticsearch. */
export type SettingValue = string | string[];

/** Settings in their stored, normalized form: dotted keys, no nulls. */
export type FlatSettings = Readonly<Record<string, SettingValue>>;

/** Settings from a request: `null` asks for the key to be deleted. */
export type SettingsChange = Readonly<Record<string, SettingValue | null>>;

function toSettingValue(value: unknown): SettingValue {
  if (Array.isArray(value)) return value.map((item) => String(item));
  return String(value);
}

/** Flattens nested or dotted request settings; both shapes may be mixed in one body. */
export function flattenSettings(input: unknown, prefix = ''): Record<string, SettingValue | null> {
  const flat: Record<string, SettingValue | null> = {};
  if (input === null || typeof input !== 'object' || Array.isArray(input)) return flat;
  for (const [key, value] of Object.entries(input as Record<string, unknown>)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (value === null) flat[path] = null;
    else if (typeof value === 'object' && !Array.isArray(value)) Object.assign(flat, flattenSettings(value, path));
    else flat[path] = toSettingValue(value);
  }
  return flat;
}

/** Returns a copy with keys sorted, which is the order Elasticsearch prints them in. */
export function sortSettings(settings: FlatSettings): FlatSettings {
  return Object.fromEntries(Object.entries(settings).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** Builds the nested form: `cluster.remote.a.mode` becomes `{cluster:{remote:{a:{mode}}}}`. */
export function nestSettings(settings: FlatSettings): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(sortSettings(settings))) {
    const segments = key.split('.');
    let node = root;
    for (const segment of segments.slice(0, -1)) {
      const child = node[segment];
      if (child === undefined || typeof child !== 'object' || Array.isArray(child)) node[segment] = {};
      node = node[segment] as Record<string, unknown>;
    }
    node[segments[segments.length - 1]] = value;
  }
  return root;
}

/** The shape a settings response uses: nested by default, flat when the caller asks for `flat_settings`. */
export function renderSettings(settings: FlatSettings, flat: boolean): Record<string, unknown> {
  return flat ? { ...sortSettings(settings) } : nestSettings(settings);
}

/** Layers settings so that later sources win key by key, as node, persistent and transient settings do. */
export function layerSettings(...layers: FlatSettings[]): FlatSettings {
  return sortSettings(Object.assign({}, ...layers));
}

/** Reads a list setting; a plain string is split on commas, as Elasticsearch does. */
export function settingAsList(value: SettingValue | undefined): string[] {
  if (value === undefined) return [];
  if (Array.isArray(value)) return value;
  return value
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');
}
