import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { MutableEndpointDirectory } from '../network/endpoint_directory';
import { CONTROL_URL_ENV, STATE_FILE_ENV, writeSandboxState } from './control_state';
import { startNodeControlServer, type NodeControlServer } from './control_server';
import { createNodeActions, NodeActionError } from './node_actions';
import { createSelfManagedCluster, type SelfManagedCluster } from './self_managed_cluster';

const REPOSITORY = path.resolve(__dirname, '../../..');

function runCli(
  args: string[],
  stdin: string,
  env: NodeJS.ProcessEnv,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('npx', ['tsx', 'dev/sandbox/cli.ts', ...args], {
      cwd: REPOSITORY,
      env: { ...process.env, ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(stdin);
  });
}

describe('the control endpoint and the CLI: an admin shell on each node', () => {
  let cluster: SelfManagedCluster;
  let control: NodeControlServer;
  let stateDirectory: string;
  beforeAll(async () => {
    cluster = await createSelfManagedCluster({
      clusterName: 'local',
      version: '9.1.5',
      licenseType: 'enterprise',
      network: new MutableEndpointDirectory(),
      nodeCount: 2,
    });
    control = await startNodeControlServer(cluster);
    stateDirectory = mkdtempSync(path.join(tmpdir(), 'sandbox-state-'));
  });
  afterAll(async () => {
    await control.close();
    await cluster.close();
    rmSync(stateDirectory, { recursive: true, force: true });
  });

  const call = async (method: string, route: string, body?: string) => {
    const response = await fetch(`${control.url}${route}`, { method, body });
    const text = await response.text();
    return {
      status: response.status,
      body: response.headers.get('content-type')?.startsWith('application/json') ? JSON.parse(text) : text,
    };
  };

  it('lists the nodes', async () => {
    expect(control.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const { body } = await call('GET', '/_sandbox/nodes');
    expect(body.nodes.map((node: { name: string; status: string }) => [node.name, node.status])).toEqual([
      ['es-local-1', 'running'],
      ['es-local-2', 'running'],
    ]);
  });

  it('adds a keystore entry, and refuses to overwrite it without force', async () => {
    const entry = JSON.stringify({ setting: 'cluster.remote.a.credentials', value: 'first' });
    expect(await call('POST', '/_sandbox/nodes/es-local-1/keystore', entry)).toEqual({
      status: 200,
      body: { acknowledged: true },
    });
    expect(await call('POST', '/_sandbox/nodes/es-local-1/keystore', entry)).toEqual({
      status: 409,
      body: {
        error:
          'Setting cluster.remote.a.credentials already exists. Overwrite? [y/N] Exiting without modifying keystore.',
      },
    });
    const forced = JSON.stringify({ setting: 'cluster.remote.a.credentials', value: 'second', force: true });
    expect((await call('POST', '/_sandbox/nodes/es-local-1/keystore', forced)).status).toBe(200);
    expect((await call('GET', '/_sandbox/nodes/es-local-1/keystore')).body).toEqual({
      settings: ['cluster.remote.a.credentials', 'keystore.seed'],
    });
  });

  it('places files, edits elasticsearch.yml and restarts a node', async () => {
    expect((await call('PUT', '/_sandbox/nodes/es-local-2/files/certs/eck-ca.crt', 'PEM')).body.path).toBe(
      path.join(cluster.node('es-local-2').paths.configDirectory, 'certs/eck-ca.crt'),
    );
    await call('POST', '/_sandbox/nodes/es-local-2/elasticsearch.yml', 'cluster.remote.yml.seeds: [ "10.0.0.1:9300" ]');
    expect((await call('GET', '/_sandbox/nodes/es-local-2/elasticsearch.yml')).body).toContain(
      'cluster.remote.yml.seeds',
    );
    expect((await call('POST', '/_sandbox/nodes/es-local-2/_restart')).body).toMatchObject({
      name: 'es-local-2',
      status: 'running',
      pendingRestart: false,
    });
    expect((await call('POST', '/_sandbox/_rolling_restart')).status).toBe(200);
  });

  it('runs only the keystore tool, and keeps files inside the config directory', async () => {
    expect(
      await call('POST', '/_sandbox/nodes/es-local-1/_exec', JSON.stringify({ argv: ['rm', '-rf', '/'] })),
    ).toEqual({
      status: 400,
      body: { error: 'only bin/elasticsearch-keystore can be run on a sandbox node, not [rm]' },
    });
    expect(() => createNodeActions(cluster).placeFile('es-local-1', '../../escape', 'x')).toThrow(NodeActionError);
    expect((await call('GET', '/_sandbox/nodes/es-local-9/keystore')).status).toBe(404);
  });

  it('runs a generated keystore command exactly as written, through the CLI', async () => {
    const env = { [CONTROL_URL_ENV]: control.url };
    const added = await runCli(
      ['node', 'es-local-1', 'exec', '--', 'bin/elasticsearch-keystore', 'add', '-x', 'cluster.remote.x.credentials'],
      'c2VjcmV0',
      env,
    );
    expect(added).toMatchObject({ code: 0, stderr: '' });
    expect(createNodeActions(cluster).keystoreList('es-local-1')).toContain('cluster.remote.x.credentials');

    // Without the variable, the CLI reads the state file the world writes.
    const stateFile = writeSandboxState({ controlUrl: control.url }, path.join(stateDirectory, 'state.json'));
    const again = await runCli(
      ['node', 'es-local-1', 'keystore', 'add', '--stdin', 'cluster.remote.x.credentials'],
      'other',
      {
        [CONTROL_URL_ENV]: '',
        [STATE_FILE_ENV]: stateFile,
      },
    );
    expect(again).toMatchObject({
      code: 0,
      stdout:
        'Setting cluster.remote.x.credentials already exists. Overwrite? [y/N]\nExiting without modifying keystore.\n',
    });
  }, 60_000);
});
