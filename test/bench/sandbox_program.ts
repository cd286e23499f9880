import { startSandboxWorld } from '../../dev/sandbox/world';

/**
 * The sandbox alone in a process, for the load benchmark: its simulated Kubernetes, ECK and
 * Elasticsearch then neither share an event loop with the clients nor count in the host's memory.
 * Prints one line of JSON once it is up, and stops on SIGTERM.
 */
async function main() {
  const world = await startSandboxWorld();
  console.log(
    `sandbox ready ${JSON.stringify({ kubeconfig: world.kubeconfigPath, elasticsearch: world.localElasticsearchUrl })}`,
  );
  process.once('SIGTERM', () => void world.stop().then(() => process.exit(0)));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
