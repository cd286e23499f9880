import { startChildProgram, type ChildProgram } from './child_process';
import { compiledHost } from './compiled_host';
import { CLIENTS, drive, loadedRoutes, viaHost, type LoadedRoute } from './load_routes';
import { goal, percentile } from './measure';
import { followFullCollections, type FullCollection } from './full_collections';
import { reachedWorkingSize } from './working_size';

/**
 * 120 s rather than the issue's 5 minutes: with the other benchmarks, `npm run bench` must finish
 * within 10 minutes on a 2-core machine. BENCH_LOAD_SECONDS=300 runs the full 5 minutes.
 */
const DEFAULT_LOAD_SECONDS = 120;
export const loadSeconds = () => Number(process.env.BENCH_LOAD_SECONDS ?? DEFAULT_LOAD_SECONDS);

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

const MIN_WARM_UP_SECONDS = 20;
const MAX_WARM_UP_SECONDS = 90;

/**
 * Drives the load until the host has reached its working size (see `reachedWorkingSize`; at least
 * 20 s, at most 90 s): the RSS the goal compares with is then the server's under this load, not a
 * process still growing its heap towards it.
 */
async function warmUpToWorkingSize(
  host: ChildProgram,
  fullCollections: () => FullCollection[],
  load: (done: () => boolean) => Promise<unknown>,
): Promise<{ seconds: number; steady: boolean }> {
  const samples: number[] = [];
  let steady = false;
  const started = performance.now();
  const sampler = setInterval(() => {
    samples.push(host.rssBytes());
    const committed = fullCollections().map((collection) => collection.committed);
    steady = samples.length >= MIN_WARM_UP_SECONDS && reachedWorkingSize(samples, committed);
  }, 1_000);
  try {
    await load(() => steady);
  } finally {
    clearInterval(sampler);
  }
  return { seconds: Math.round((performance.now() - started) / 1000), steady };
}

/** The sandbox, then the host against it (compiled, as Kibana runs plugins), each in a process of its own. */
async function startProcesses(): Promise<{
  sandbox: ChildProgram;
  host: ChildProgram;
  kubeconfig: string;
  elasticsearch: string;
}> {
  const sandbox = await startChildProgram('test/bench/sandbox_program.ts', [], /sandbox ready (\{.*\})\n/);
  const { kubeconfig, elasticsearch } = JSON.parse(sandbox.ready[1]) as { kubeconfig: string; elasticsearch: string };
  try {
    const host = await startChildProgram(
      await compiledHost(),
      ['--port', '0', '--kubeconfig', kubeconfig, '--es-url', elasticsearch],
      /is running at (http:\/\/[^/\s]+)\//,
      // Each full collection prints the heap it kept: whether memory grows because of a leak.
      { nodeArgs: ['--trace-gc'] },
    );
    return { sandbox, host, kubeconfig, elasticsearch };
  } catch (error) {
    await sandbox.stop();
    throw error;
  }
}

/** The baseline: the same clients calling the handlers in a child process, as the host does. */
async function directCalls(kubeconfig: string, elasticsearch: string, seconds: number) {
  const program = await startChildProgram(
    'test/bench/direct_calls_program.ts',
    [kubeconfig, elasticsearch, String(seconds)],
    /direct calls done (\{.*\})\n/,
    { readyTimeoutMs: (seconds + 60) * 1000 },
  );
  await program.stop();
  return JSON.parse(program.ready[1]) as { latencies: Record<string, number[]>; errors: Record<string, number> };
}

/**
 * Route overhead and memory: 50 concurrent clients requesting plans and statuses from the
 * standalone host in a child process, over a sandbox in another, so that the RSS measured is the
 * server's alone; baseline in the same run, the same handlers called directly on the same sandbox.
 */
export async function routeLoadBench(seconds = loadSeconds()): Promise<string[]> {
  const { sandbox, host, kubeconfig, elasticsearch } = await startProcesses();
  const baseUrl = host.ready[1];
  try {
    const routes = loadedRoutes();
    // One of each first: a route that fails outright is reported now, not as thousands of errors.
    for (const route of routes) {
      const error = await viaHost(baseUrl, route);
      if (error) throw new Error(`${route.name} (${route.definition.path}) answered ${error}`);
    }
    // The same load first, until the host reaches its working size: V8 raises its heap limit after
    // each full collection for the first half minute or so, and the JIT warms up.
    const rssIdle = host.rssBytes();
    const send = (route: LoadedRoute) => viaHost(baseUrl, route);
    const fullCollections = followFullCollections(host);
    const warmUp = await warmUpToWorkingSize(host, fullCollections.all, (done) =>
      drive(routes, MAX_WARM_UP_SECONDS * 1000, send, done),
    );
    fullCollections.since();
    const rssStart = host.rssBytes();
    let rssPeak = rssStart;
    const sampler = setInterval(() => (rssPeak = Math.max(rssPeak, host.rssBytes())), 1_000);
    const loaded = await drive(routes, seconds * 1000, send);
    clearInterval(sampler);
    const rssEnd = host.rssBytes();
    const collections = fullCollections.since().map((collection) => collection.live);
    await host.stop();
    // A sixth of the load's length (at least 10 s) is enough for stable percentiles of the baseline.
    const baselineSeconds = Math.max(10, Math.round(seconds / 6));
    const baseline = await directCalls(kubeconfig, elasticsearch, baselineSeconds);

    const fixed = (ms: number) => ms.toFixed(0);
    const lines = [
      `${CLIENTS} concurrent clients for ${seconds} s (BENCH_LOAD_SECONDS), after ${warmUp.seconds} s of warm-up, through the ` +
        `host (compiled) in a child process over a sandbox in another; baseline: the same handlers called directly, in a child process too, for ${baselineSeconds} s`,
    ];
    for (const route of routes) {
      const through = loaded.latencies.get(route.name)!;
      const underlying = baseline.latencies[route.name];
      const [p50, p99] = [percentile(through, 50), percentile(through, 99)];
      const [b50, b99] = [percentile(underlying, 50), percentile(underlying, 99)];
      lines.push(
        `${route.name} (${through.length} requests, ${(through.length / seconds).toFixed(1)}/s): p50 ${fixed(p50)} ms, p99 ${fixed(p99)} ms; ` +
          `underlying calls p50 ${fixed(b50)} ms, p99 ${fixed(b99)} ms; ratio p50 ${(p50 / b50).toFixed(2)}×, p99 ${(p99 / b99).toFixed(2)}×`,
      );
    }
    const errors = routes.flatMap((route) => loaded.errors.get(route.name)!.map((error) => `${route.name}: ${error}`));
    const baselineErrors = routes.reduce((sum, route) => sum + baseline.errors[route.name], 0);
    lines.push(
      `errors: ${errors.length}${errors.length ? ` (first: ${errors[0]})` : ''}; ${goal(errors.length === 0, 'none')}` +
        (baselineErrors ? ` (the direct calls had ${baselineErrors})` : ''),
    );
    const growth = rssEnd / rssStart - 1;
    lines.push(
      `host RSS: ${megabytes(rssIdle)} idle, ${megabytes(rssStart)} after the warm-up ` +
        `(${warmUp.steady ? 'working size reached' : `not steady yet after ${MAX_WARM_UP_SECONDS} s`}), ` +
        `${megabytes(rssEnd)} at the end (peak ${megabytes(rssPeak)}); ` +
        `growth ${(growth * 100).toFixed(1)}%; ${goal(growth <= 0.1, '≤ 10% growth')}`,
    );
    if (collections.length >= 2) {
      const heapGrowth = collections.at(-1)! / collections[0] - 1;
      lines.push(
        `host live heap after each of its ${collections.length} full collections during the load: ${collections[0]} MB first, ` +
          `${collections.at(-1)} MB last (max ${Math.max(...collections)} MB); growth ${(heapGrowth * 100).toFixed(1)}%; ` +
          `${goal(heapGrowth <= 0.1, '≤ 10% growth: nothing leaks')}`,
      );
    } else {
      lines.push(`host live heap: ${collections.length} full collection(s) during the load, too few to compare`);
    }
    return lines;
  } finally {
    await host.stop();
    await sandbox.stop();
  }
}
