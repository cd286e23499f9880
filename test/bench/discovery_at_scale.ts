import { discoveryBench } from './discovery_bench';
import { findRealKubernetes, realDiscoveryBench } from './real_discovery_bench';

/**
 * Benchmark 1 on the real kube-apiserver with kubectl as the baseline; when it cannot run here (no
 * binaries, no Go for ECK's CRD), the sandbox version, under a heading that says so and why.
 */
export async function discoveryAtScale(): Promise<{ heading: string; lines: string[] }> {
  let real: ReturnType<typeof findRealKubernetes>;
  try {
    real = findRealKubernetes();
  } catch (error) {
    return {
      heading:
        'Discovery at scale — SANDBOX FALLBACK, not the real API server (goal: requests do not grow with the cluster count)\n' +
        `the real kube-apiserver is unavailable: ${(error as Error).message}`,
      lines: await discoveryBench(),
    };
  }
  return {
    heading:
      'Discovery at scale (real kube-apiserver; goals: requests do not grow with the cluster count, within 1.5× of kubectl at 1,000)',
    lines: await realDiscoveryBench(real),
  };
}
