import type { DoctorObservation, DoctorTcpProbe } from '../../common/doctor/doctor_observation';
import { PluginError } from '../../common/errors/plugin_error';
import type { Observed } from '../../common/plan/observation';
import { toObservedLocalRemote } from '../connection/observe_api_key_connection';
import { observe } from '../connection/observed';
import { namespaceScopeForRequest } from '../discovery/namespace_scope_for_request';
import type { RouteServices } from '../routes/route_definition';
import { identifyEckCluster } from './identify_eck_cluster';
import { probeTargetOf, type ProbeTarget } from './probe_target';
import { probeTcp } from './probe_tcp';
import { probeTls } from './probe_tls';
import { checkPrivileges, resolveAlias } from './read_alias_checks';
import { readEckResource, readRemote } from './read_eck_cluster';

export interface DoctorRequest {
  alias: string;
  /** An ECK cluster to check the alias against; otherwise recognised from the alias. */
  eck?: { namespace: string; name: string };
  /** The index pattern the privilege check searches on the remote; `*` by default. */
  index?: string;
}

export interface DoctorOptions {
  /** Bounds every read and probe; a hop that does not answer in time is reported, not waited for. */
  timeoutMs: number;
  /** The probes, replaceable in tests to prove where they dial. */
  probes?: { tcp: typeof probeTcp; tls: typeof probeTls };
}

/** Runs a read with a deadline; a failure or a late answer becomes data. */
function bounded<T>(read: () => Promise<T>, timeoutMs: number, what: string): Promise<Observed<T>> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<T>((_, reject) => {
    timer = setTimeout(
      () => reject(new PluginError('INTERNAL_ERROR', `${what} did not answer within ${timeoutMs / 1000} s`)),
      timeoutMs,
    );
  });
  return observe(() => Promise.race([read(), late])).finally(() => clearTimeout(timer));
}

/**
 * Everything the doctor needs about one alias, read in parallel, each read bounded by the timeout:
 * the local cluster as the current user, Kubernetes, the ECK cluster through a port-forward, and
 * the Kibana host's own TCP and TLS probes of the alias's configured proxy address (and nothing else).
 */
export async function observeDoctor(
  services: RouteServices,
  request: DoctorRequest,
  options: DoctorOptions,
): Promise<DoctorObservation> {
  const { alias } = request;
  const probes = options.probes ?? { tcp: probeTcp, tls: probeTls };
  const timeout =
    (what: string) =>
    <T>(read: () => Promise<T>) =>
      bounded(read, options.timeoutMs, what);
  const local = services.localElasticsearch();
  // The namespace asked for must be allowed: checked before anything is read.
  const scope = namespaceScopeForRequest(services.config.kubernetes.namespaces, request.eck?.namespace, 'namespace');
  const kubernetes = await observe(async () => services.kubernetes());

  const [info, localNodes, trustedCertificates] = await Promise.all([
    timeout('The local cluster')(() => local.getLocalClusterInfo()),
    timeout('The local node list')(() => local.listNodeNames()),
    timeout('_ssl/certificates')(() => local.trustedCertificates()),
  ]);
  const summary = info.ok ? (info.value.remotes.find((r) => r.alias === alias) ?? null) : null;
  const localRemote = summary ? { ...toObservedLocalRemote(summary), seeds: summary.seeds } : null;
  const target = probeTargetOf(localRemote);

  const kubernetesReads: Array<Observed<unknown>> = [];
  const k8s = kubernetes.ok ? kubernetes.value : null;
  const ref = await timeout('Kubernetes')(() =>
    identifyEckCluster(request.eck ?? null, summary, { kubernetes: k8s, scope }),
  );
  kubernetesReads.push(ref);
  const eckRef = ref.ok ? ref.value : null;
  // A server name may name any namespace: the allow-list decides whether the plugin reads it.
  const allowList = services.config.kubernetes.namespaces;
  const eckRead =
    eckRef && k8s
      ? allowList.length === 0 || allowList.includes(eckRef.namespace)
        ? timeout('Kubernetes')(() => readEckResource(k8s, eckRef))
        : Promise.resolve<Observed<never>>({
            ok: false,
            error: `The namespace ${eckRef.namespace} is not in eck_remote_clusters.kubernetes.namespaces`,
          })
      : null;

  const localVersion = info.ok ? info.value.version : null;
  const resolution =
    localRemote && localVersion ? resolveAlias(services, alias, localVersion, options.timeoutMs) : null;
  const privileges = localRemote ? checkPrivileges(services, alias, request.index ?? '*', options.timeoutMs) : null;
  const tcp = target ? probes.tcp(target, options.timeoutMs) : null;
  const eck = eckRead ? await eckRead : null;
  if (eck) kubernetesReads.push(eck);
  const resource = eck?.ok ? eck.value.resource : null;

  const tls =
    target && localRemote
      ? probeTlsAfterTcp(
          probes,
          target,
          localRemote.serverName,
          eck?.ok ? eck.value.caPem : null,
          tcp!,
          options.timeoutMs,
        )
      : null;
  const remote =
    eckRef && k8s && resource
      ? timeout(`${eckRef.namespace}/${eckRef.name} through a port-forward`)(() =>
          readRemote(services, k8s, eckRef, resource.version),
        )
      : null;

  const kubernetesError = !kubernetes.ok
    ? kubernetes.error
    : kubernetesReads.find((r): r is { ok: false; error: string } => !r.ok)?.error;
  return {
    alias,
    now: new Date().toISOString(),
    kubernetes: kubernetesError ? { ok: false, error: kubernetesError } : { ok: true, value: true },
    eck: eckRef
      ? {
          ...eckRef,
          resource: eck?.ok
            ? { ok: true, value: eck.value.resource }
            : { ok: false, error: kubernetesError ?? 'not read' },
        }
      : null,
    local: info.ok
      ? {
          ok: true,
          value: { version: info.value.version, licenseType: info.value.license.type, clusterUuid: info.value.uuid },
        }
      : info,
    localRemote: info.ok ? { ok: true, value: localRemote } : info,
    localNodes,
    trustedCertificates,
    tcp: await tcp,
    tls: await tls,
    resolution: await resolution,
    privileges: await privileges,
    remote: await remote,
  };
}

/** A TLS handshake only where TCP connects: a refused address says all there is to say. */
async function probeTlsAfterTcp(
  probes: NonNullable<DoctorOptions['probes']>,
  target: ProbeTarget,
  serverName: string | null,
  eckCaPem: string | null,
  tcp: Promise<DoctorTcpProbe>,
  timeoutMs: number,
) {
  if ((await tcp).error) return null;
  return probes.tls({ target, serverName: serverName ?? target.host, eckCaPem, timeoutMs });
}
