import { remoteExpression } from '../../common/api/ccs_check';
import type { DoctorPrivilegeCheck, DoctorResolution } from '../../common/doctor/doctor_observation';
import { atLeast, parseStackVersion } from '../../common/compatibility/stack_version';
import type { Observed } from '../../common/plan/observation';
import { observe } from '../connection/observed';
import type { RouteServices } from '../routes/route_definition';

/** Elasticsearch bounds each remote with `timeout`; the HTTP call itself gives up a second later. */
const esTimeout = (timeoutMs: number) => ({
  timeout: `${Math.max(1, Math.floor(timeoutMs / 1000))}s`,
  deadlineMs: timeoutMs + 1000,
});

/** Whether the alias connects, as `_resolve/cluster` finds by dialling it. */
export function resolveAlias(
  services: RouteServices,
  alias: string,
  localVersion: string,
  timeoutMs: number,
): Promise<Observed<DoctorResolution>> {
  const version = parseStackVersion(localVersion);
  // From 8.18 without an expression, which needs no remote_indices: connectivity only.
  const expression = version && atLeast(version, 8, 18) ? undefined : `${alias}:*`;
  return observe(async () => {
    const response = await services.localElasticsearch().resolveClusters({ expression, ...esTimeout(timeoutMs) });
    const entry = response[alias];
    if (!entry) return { connected: false, error: `no such remote cluster: [${alias}]` };
    return {
      connected: entry.connected,
      ...(entry.error ? { error: entry.error } : {}),
      ...(entry.version?.number ? { version: entry.version.number } : {}),
    };
  });
}

/** The current user's view of `<alias>:<index>`: what `_resolve/cluster` and a size-0 search say. */
export function checkPrivileges(
  services: RouteServices,
  alias: string,
  index: string,
  timeoutMs: number,
): Promise<Observed<DoctorPrivilegeCheck>> {
  const pattern = remoteExpression(alias, index);
  const local = services.localElasticsearch();
  return observe(async () => {
    const { timeout, deadlineMs } = esTimeout(timeoutMs);
    const [resolved, search] = await Promise.all([
      local.resolveClusters({ expression: pattern, timeout, deadlineMs }),
      local.sizeZeroSearch(pattern, deadlineMs),
    ]);
    const failure = search.ok ? search.response._clusters?.details?.[alias]?.failures?.[0]?.reason : undefined;
    return {
      pattern,
      resolveError: resolved[alias]?.error ?? null,
      searchError: search.ok ? (failure ? (failure.reason ?? failure.type) : null) : search.refused.reason,
    };
  });
}
