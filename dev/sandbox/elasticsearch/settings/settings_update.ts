import { simpleMatch } from '../simple_match';
import { findSettingDefinition, remoteSettingKey } from './cluster_setting_catalogue';
import { isRemoteConnectionEnabled, remoteConnectionMode } from './remote_cluster_settings';
import { sortSettings, type FlatSettings, type SettingValue, type SettingsChange } from './settings_tree';

export type SettingsScope = 'persistent' | 'transient';

export interface ClusterSettingsState {
  readonly persistent: FlatSettings;
  readonly transient: FlatSettings;
}

export interface SettingsUpdateRequest {
  readonly persistent: SettingsChange;
  readonly transient: SettingsChange;
}

export type SettingsUpdateOutcome =
  | {
      readonly ok: true;
      readonly settings: ClusterSettingsState;
      readonly applied: ClusterSettingsState;
      readonly changed: boolean;
    }
  /** Elasticsearch answers every one of these with 400 `illegal_argument_exception`. */
  | { readonly ok: false; readonly reason: string };

type ScopeOutcome =
  { ok: true; settings: FlatSettings; applied: FlatSettings; changed: boolean } | { ok: false; reason: string };

function sameValue(a: SettingValue | undefined, b: SettingValue): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function isDynamic(key: string): boolean {
  return findSettingDefinition(key)?.dynamic === true;
}

/**
 * One scope of `AbstractScopedSettings.updateSettings`: keys are taken in sorted order; a `null`
 * deletes a dynamic setting, or every dynamic setting a `*` pattern matches; deletes happen before
 * the new values are put, so a request can clear a remote and set it again.
 */
function applyScope(scope: SettingsScope, current: FlatSettings, change: SettingsChange): ScopeOutcome {
  const puts: Record<string, SettingValue> = {};
  const deletes: string[] = [];
  let changed = false;
  for (const key of Object.keys(change).sort()) {
    const value = change[key];
    const definition = findSettingDefinition(key);
    if (value === null && (definition?.dynamic || key.endsWith('*'))) {
      deletes.push(key);
    } else if (!definition) {
      return { ok: false, reason: `${scope} setting [${key}], not recognized` };
    } else if (value !== null && definition.dynamic) {
      const problem = definition.check(value, key);
      if (problem) return { ok: false, reason: problem };
      changed ||= !sameValue(current[key], value);
      puts[key] = value;
    } else {
      return { ok: false, reason: `${scope} setting [${key}], not dynamically updateable` };
    }
  }
  const next: Record<string, SettingValue> = { ...current };
  for (const pattern of deletes) {
    for (const key of Object.keys(next)) {
      if (simpleMatch(pattern, key) && isDynamic(key)) {
        delete next[key];
        changed = true;
      }
    }
  }
  return { ok: true, settings: sortSettings({ ...next, ...puts }), applied: sortSettings(puts), changed };
}

/**
 * Each scope must be consistent on its own (Elasticsearch validates transient and persistent
 * separately so that a full restart, which drops transient settings, cannot break validation).
 * This is where mixing connection modes is rejected.
 */
function validateScope(settings: FlatSettings): string | undefined {
  for (const [key, value] of Object.entries(sortSettings(settings))) {
    const definition = findSettingDefinition(key);
    if (!definition) continue;
    const problem = definition.check(value, key);
    if (problem) return problem;
    const remote = definition.remote;
    if (remote?.requiredMode) {
      const configured = remoteConnectionMode(settings, remote.alias);
      if (configured !== remote.requiredMode) {
        const modeKey = remoteSettingKey(remote.alias, 'mode');
        return (
          `Setting "${key}" cannot be used with the configured "${modeKey}" ` +
          `[required=${remote.requiredMode.toUpperCase()}, configured=${configured.toUpperCase()}]`
        );
      }
    }
    if (remote?.requiresEnabledRemote && !isRemoteConnectionEnabled(settings, remote.alias)) {
      return `Cannot configure setting [${key}] if remote cluster is not enabled.`;
    }
  }
  return undefined;
}

/** `PUT /_cluster/settings` as Elasticsearch's `SettingsUpdater` decides it: transient first, then persistent. */
export function applySettingsUpdate(
  current: ClusterSettingsState,
  request: SettingsUpdateRequest,
): SettingsUpdateOutcome {
  const transient = applyScope('transient', current.transient, request.transient);
  if (!transient.ok) return transient;
  const persistent = applyScope('persistent', current.persistent, request.persistent);
  if (!persistent.ok) return persistent;
  const changed = transient.changed || persistent.changed;
  if (changed) {
    const problem = validateScope(transient.settings) ?? validateScope(persistent.settings);
    if (problem) return { ok: false, reason: problem };
  }
  return {
    ok: true,
    changed,
    settings: changed ? { persistent: persistent.settings, transient: transient.settings } : current,
    applied: { persistent: persistent.applied, transient: transient.applied },
  };
}
