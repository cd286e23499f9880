import { measureBundles } from '../../scripts/measure_bundles';
import { discoveryBench } from './discovery_bench';
import { reactionBench } from './reaction_bench';
import { statusFanoutBench } from './status_fanout_bench';

/**
 * `npm run bench`: each figure printed beside its goal, and timings as ratios to a baseline
 * measured in the same run (absolute times are not comparable between runs on shared machines).
 */
async function main() {
  console.log('== Discovery at scale (sandbox Kubernetes API; goal: requests do not grow with the cluster count)');
  for (const line of await discoveryBench()) console.log(line);

  console.log('\n== Reaction time (sandbox; ECK status change → event in the browser)');
  for (const line of await reactionBench()) console.log(line);

  console.log(
    '\n== Status fan-out (sandbox; 50 remotes, 10 never answer; goal: timeout + 1 s, ≥ 10× faster than Kibana)',
  );
  for (const line of await statusFanoutBench()) console.log(line);

  console.log('\n== Bundles (minified; React, EUI, emotion and @kbn/* external)');
  const sizes = await measureBundles();
  console.log(`page-load bundle: ${sizes.pageLoadBytes} bytes (${sizes.pageLoadGzipBytes} gzipped); goal < 5000 bytes`);
  console.log(`lazy application: ${sizes.lazyBytes} bytes in ${sizes.lazyChunks} chunk(s)`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
