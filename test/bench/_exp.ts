import { spawn } from 'node:child_process';
import { openSync, readFileSync } from 'node:fs';
import { startChildProgram } from './child_process';
import { drive, loadedRoutes, viaHost } from './load_routes';
(async () => {
  const sandbox = await startChildProgram('test/bench/sandbox_program.ts', [], /sandbox ready (\{.*\})\n/);
  const { kubeconfig, elasticsearch } = JSON.parse(sandbox.ready[1]);
  const out = openSync('/tmp/host_gc.log', 'w');
  const host = spawn(process.execPath, ['--trace-gc', '--import', 'tsx', 'dev/host/cli.ts', '--port', '5699', '--kubeconfig', kubeconfig, '--es-url', elasticsearch], { stdio: ['ignore', out, out] });
  await new Promise((r) => setTimeout(r, 8000));
  const routes = loadedRoutes();
  const rss = () => Number(readFileSync(`/proc/${host.pid}/status`, 'utf8').match(/VmRSS:\s+(\d+)/)![1]) / 1024;
  for (let i = 0; i < 6; i++) {
    await drive(routes, 15000, (r) => viaHost('http://127.0.0.1:5699', r));
    console.log('after', (i + 1) * 15, 's rss', rss().toFixed(0));
  }
  await new Promise((r) => setTimeout(r, 10000));
  console.log('after idle rss', rss().toFixed(0));
  host.kill('SIGTERM'); await sandbox.stop(); process.exit(0);
})();
