import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runKeystoreCommand } from './keystore_command';
import { createKeystore, readKeystore } from './keystore_file';

const SETTING = 'cluster.remote.eck.credentials';

describe('bin/elasticsearch-keystore, simulated', () => {
  let directory: string;
  let keystore: string;
  const run = (args: string[], stdin = '') => runKeystoreCommand(keystore, args, stdin);
  const stored = (password = '') => {
    const read = readKeystore(keystore, password);
    return read.ok ? read.settings : read.reason;
  };

  beforeEach(() => {
    directory = mkdtempSync(path.join(tmpdir(), 'keystore-test-'));
    keystore = path.join(directory, 'elasticsearch.keystore');
    createKeystore(keystore, '');
  });
  afterEach(() => rmSync(directory, { recursive: true, force: true }));

  it('adds a value from stdin with -x, as `echo -n "$KEY" | bin/elasticsearch-keystore add -x …` does', () => {
    expect(run(['add', '-x', SETTING], 'ZW5jb2RlZA==')).toEqual({ exitCode: 0, stdout: '', stderr: '' });
    expect(stored()).toMatchObject({ [SETTING]: 'ZW5jb2RlZA==' });
    expect(run(['list']).stdout).toBe(`${SETTING}\nkeystore.seed\n`);
  });

  it('prompts for the value without -x, and takes the first line of stdin', () => {
    expect(run(['add', SETTING], 'secret\nignored\n')).toMatchObject({
      exitCode: 0,
      stdout: `Enter value for ${SETTING}: \n`,
    });
    expect(stored()).toMatchObject({ [SETTING]: 'secret' });
  });

  it('asks before overwriting, and the piped value is no yes', () => {
    run(['add', '-x', SETTING], 'first');
    expect(run(['add', '-x', SETTING], 'second')).toEqual({
      exitCode: 0,
      stdout: `Setting ${SETTING} already exists. Overwrite? [y/N]\nExiting without modifying keystore.\n`,
      stderr: '',
    });
    expect(stored()).toMatchObject({ [SETTING]: 'first' });
    expect(run(['add', '-x', '--force', SETTING], 'second').exitCode).toBe(0);
    expect(stored()).toMatchObject({ [SETTING]: 'second' });
    expect(run(['add', '-x', SETTING], 'y\nthird').exitCode).toBe(0);
    expect(stored()).toMatchObject({ [SETTING]: 'third' });
  });

  it.each<[string, string[], string, number, string]>([
    [
      'a bad setting name',
      ['add', '-x', 'cluster remote'],
      'v',
      65,
      'ERROR: Setting name [cluster remote] does not match the allowed setting name pattern [[A-Za-z0-9_\\-.]+]\n',
    ],
    [
      'removing what is not there',
      ['remove', SETTING],
      '',
      78,
      `ERROR: Setting [${SETTING}] does not exist in the keystore.\n`,
    ],
    ['an unknown option', ['add', '--quiet', SETTING], 'v', 64, 'ERROR: quiet is not a recognized option\n'],
    ['no value on stdin', ['add', '-x', SETTING], '', 65, `ERROR: Missing value for setting [${SETTING}]\n`],
  ])('refuses %s', (_name, args, stdin, exitCode, stderr) => {
    expect(run(args, stdin)).toMatchObject({ exitCode, stderr });
  });

  it('removes a setting', () => {
    run(['add', '-x', SETTING], 'v');
    expect(run(['remove', SETTING]).exitCode).toBe(0);
    expect(run(['list']).stdout).toBe('keystore.seed\n');
  });

  it('reads the password of a protected keystore first, and keeps it protected', () => {
    createKeystore(keystore, 'keystore-password');
    expect(run(['add', '-x', SETTING], 'keystore-password\nvalue')).toMatchObject({
      exitCode: 0,
      stdout: 'Enter password for the elasticsearch keystore : \n',
    });
    expect(stored('keystore-password')).toMatchObject({ [SETTING]: 'value' });
    expect(run(['list'], 'wrong\n')).toMatchObject({
      exitCode: 65,
      stderr: 'ERROR: Provided keystore password was incorrect\n',
    });
  });

  it('offers to create a missing keystore', () => {
    rmSync(keystore);
    expect(run(['list'])).toMatchObject({
      exitCode: 78,
      stderr: `ERROR: Elasticsearch keystore not found at [${keystore}]. Use 'create' command to create one.\n`,
    });
    expect(run(['add', '-x', SETTING], 'v').stdout).toBe(
      'The elasticsearch keystore does not exist. Do you want to create it? [y/N]\nExiting without creating keystore.\n',
    );
    expect(run(['add', '-x', '-f', SETTING], 'v').exitCode).toBe(0);
    expect(stored()).toMatchObject({ [SETTING]: 'v', 'keystore.seed': expect.any(String) });
  });

  it('is plainly JSON on disk, which is not the real format', () => {
    run(['add', '-x', SETTING], 'v');
    expect(JSON.parse(readFileSync(keystore, 'utf8'))).toMatchObject({
      format: 'sandbox-elasticsearch-keystore',
      settings: { [SETTING]: 'v' },
    });
    writeFileSync(keystore, 'not json');
    expect(stored()).toBe('Keystore has been corrupted or tampered with');
  });
});
