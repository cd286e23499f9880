import { measureBundles } from '../../scripts/measure_bundles';
import { discoveryAtScale } from './discovery_at_scale';
import { reactionBench } from './reaction_bench';
import { routeLoadBench } from './route_load_bench';
import { statusFanoutBench } from './status_fanout_bench';

/**
 * `npm run bench`: each figure printed beside its goal, and timings as ratios to a baseline
 * measured in the same run (absolute times are not comparable between runs on shared machines).
 */
async function main() {
  const started = Date.now();
  const discovery = await discoveryAtScale();
  console.log(`== ${discovery.heading}`);
  for (const line of discovery.lines) console.log(line);

  console.log('\n== Reaction time (sandbox; ECK status change → the plan showing it; no polling while idle)');
  for (const line of await reactionBench()) console.log(line);

  console.log(
    '\n== Status fan-out (sandbox; 50 remotes, 10 never answer; goal: timeout + 1 s, ≥ 10× faster than Kibana)',
  );
  for (const line of await statusFanoutBench()) console.log(line);

  console.log('\n== Bundles (minified; React, EUI, emotion and @kbn/* external)');
  const sizes = await measureBundles();
  console.log(`page-load bundle: ${sizes.pageLoadBytes} bytes (${sizes.pageLoadGzipBytes} gzipped); goal < 5000 bytes`);
  console.log(`lazy application: ${sizes.lazyBytes} bytes in ${sizes.lazyChunks} chunk(s)`);

  console.log('\n== Route overhead and memory (sandbox; 50 concurrent clients; goals: no errors, RSS growth ≤ 10%)');
  for (const line of await routeLoadBench()) console.log(line);

  const minutes = (Date.now() - started) / 60_000;
  console.log(`\nnpm run bench took ${minutes.toFixed(1)} min; goal < 10 min: ${minutes < 10 ? 'met' : 'NOT MET'}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
