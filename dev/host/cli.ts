import { parseHostOptions, UsageError, USAGE, type HostOptions } from './host_options';
import { startStandalone } from './start_standalone';

async function main() {
  let options: HostOptions | 'help';
  try {
    options = parseHostOptions(process.argv.slice(2));
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${USAGE}`);
    process.exit(2);
  }
  if (options === 'help') {
    console.log(USAGE);
    return;
  }
  const started = Date.now();
  const standalone = await startStandalone(options, { world: { announce: true } });
  console.log(
    [
      '',
      `ECK remote clusters is running at ${standalone.appUrl} (started in ${Date.now() - started} ms)`,
      ...standalone.banner,
      'Press Ctrl+C to stop.',
      '',
    ].join('\n'),
  );
  const shutdown = async () => {
    await standalone.stop();
    process.exit(0);
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

main().catch((error) => {
  console.error(error instanceof UsageError ? error.message : `Failed to start: ${(error as Error).message}`);
  process.exit(1);
});
