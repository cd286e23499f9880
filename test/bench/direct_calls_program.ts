import { directCaller, drive, loadedRoutes } from './load_routes';

/**
 * The load benchmark's baseline, in a process of its own as the host is: the routes' handlers
 * called directly by the same 50 clients, without HTTP, authentication or validation. Arguments:
 * kubeconfig, local Elasticsearch URL, seconds. Prints `direct calls done <JSON>` at the end.
 */
async function main() {
  const [kubeconfig, elasticsearch, seconds] = process.argv.slice(2);
  const direct = directCaller(kubeconfig, elasticsearch);
  const routes = loadedRoutes();
  const samples = await drive(routes, Number(seconds) * 1000, (route) => direct.call(route));
  await direct.close();
  const json = {
    latencies: Object.fromEntries(samples.latencies),
    errors: Object.fromEntries([...samples.errors].map(([route, errors]) => [route, errors.length])),
  };
  console.log(`direct calls done ${JSON.stringify(json)}`);
  process.exit(0);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
