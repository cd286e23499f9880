import { ECK_LABELS } from '../../../common/eck/eck_names';
import type { KubeObject } from '../kubernetes/object_store';
import { applyObject, applyStatus, deleteObject } from './apply_objects';
import {
  CONFIG_HASH_ANNOTATION,
  LABELS,
  plannedPods,
  podObject,
  podStatus,
  restartFingerprint,
  type PlannedPod,
  type PodState,
} from './desired_pods';
import { KUBE } from './kube_types';
import { recordChange, type ReconcileContext } from './reconcile_context';
import { advanceRestart, restartProgress, startRestart, type RestartProgress } from './rolling_restart';

export interface NodesOutcome {
  pods: PodState[];
  restarting: boolean;
}

/** The cluster's pods as they are in the store. */
export function observedPods(context: ReconcileContext): KubeObject[] {
  const { namespace, name } = context.es.metadata;
  return context.env.store
    .list(KUBE.pods, namespace, [])
    .filter((pod) => pod.metadata.labels?.[ECK_LABELS.clusterName] === name);
}

export const isReady = (pod: KubeObject) => (pod.status as { phase?: string } | undefined)?.phase === 'Running';

/**
 * Begins a rolling restart when running pods lag the configuration and none is under way for it;
 * otherwise moves the one under way on.
 */
function startOrAdvanceRestart(context: ReconcileContext, existing: Map<string, KubeObject>, configHash: string) {
  const { runtime, es, env } = context;
  const stale = [...existing.values()].filter(
    (pod) => pod.metadata.annotations?.[CONFIG_HASH_ANNOTATION] !== configHash,
  );
  if (stale.length > 0 && runtime.restart?.configHash !== configHash) {
    const names = stale.map((pod) => pod.metadata.name);
    runtime.restart = startRestart(configHash, es.spec.version, names, env.now());
    recordChange(context, `started a rolling restart of ${stale.length} pods`);
  } else if (runtime.restart?.configHash === configHash) {
    runtime.restart = advanceRestart(runtime.restart, env.rollingRestartMs, env.now());
  } else {
    // Every pod already runs this configuration (a change reverted in time): nothing to restart.
    runtime.restart = undefined;
  }
}

function stateOf(
  context: ReconcileContext,
  pod: PlannedPod,
  current: KubeObject | undefined,
  progress: RestartProgress | undefined,
  configHash: string,
): PodState {
  const ip = context.runtime.podIp(pod.name);
  const target = { ip, configHash, version: context.es.spec.version };
  const restartState = progress?.pods[pod.name];
  if (!current || !restartState) return { ...target, ready: true };
  if (restartState === 'pending') {
    const running = current.metadata;
    return {
      ip,
      configHash: running.annotations?.[CONFIG_HASH_ANNOTATION] ?? '',
      version: running.labels?.[LABELS.version] ?? context.es.spec.version,
      ready: true,
    };
  }
  return { ...target, ready: restartState === 'restarted' };
}

function applyPod(context: ReconcileContext, pod: PlannedPod, state: PodState) {
  const { store } = context.env;
  recordChange(context, applyObject(store, KUBE.pods, podObject(context.es, pod, state)));
  const written = store.get(KUBE.pods, context.es.metadata.namespace, pod.name);
  if (written) recordChange(context, applyStatus(store, KUBE.pods, written, podStatus(state)));
}

/**
 * The StatefulSets' pods: created ready, removed on scale-down, and restarted one at a time when
 * the configuration that needs a restart changes.
 */
export function reconcileNodes(context: ReconcileContext, remoteClusterServer: boolean): NodesOutcome {
  const { runtime, env, es } = context;
  const configHash = restartFingerprint(es, remoteClusterServer);
  const planned = plannedPods(es);
  const existing = new Map(observedPods(context).map((pod) => [pod.metadata.name, pod]));
  startOrAdvanceRestart(context, existing, configHash);
  const progress = runtime.restart && restartProgress(runtime.restart, env.rollingRestartMs);
  const states = planned.map((pod) => {
    const state = stateOf(context, pod, existing.get(pod.name), progress, configHash);
    applyPod(context, pod, state);
    return state;
  });
  for (const name of existing.keys()) {
    if (planned.some((pod) => pod.name === name)) continue;
    recordChange(context, deleteObject(env.store, KUBE.pods, es.metadata.namespace, name));
    runtime.forgetPod(name);
  }

  if (progress?.done) runtime.restart = undefined;
  if (progress?.nextChangeAt !== undefined) env.requeueAt(runtime, progress.nextChangeAt);
  return { pods: states, restarting: runtime.restart !== undefined };
}
