import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PLUGIN_ID } from '../common/constants';

const ROOT = path.resolve(__dirname, '..');
const read = (file: string) => readFileSync(path.join(ROOT, file), 'utf8');

/** JSONC as Kibana writes it: JSON with comments and trailing commas. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- manifests are free-form JSON
function parseJsonc(text: string): Record<string, any> {
  let out = '';
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (inString) {
      out += char;
      if (char === '\\') out += text[++i];
      else if (char === '"') inString = false;
    } else if (char === '"') {
      inString = true;
      out += char;
    } else if (char === '/' && text[i + 1] === '/') {
      while (i < text.length && text[i] !== '\n') i++;
      out += '\n';
    } else if (char === '/' && text[i + 1] === '*') {
      i = text.indexOf('*/', i + 2) + 1;
    } else {
      out += char;
    }
  }
  return JSON.parse(out.replace(/,(\s*[}\]])/g, '$1'));
}

// The keys Kibana's plugin manifest parser accepts in kibana.json; any other key is rejected.
const KIBANA_JSON_KEYS = [
  'id',
  'version',
  'kibanaVersion',
  'type',
  'configPath',
  'requiredPlugins',
  'optionalPlugins',
  'runtimePluginDependencies',
  'ui',
  'server',
  'extraPublicDirs',
  'requiredBundles',
  'serviceFolders',
  'owner',
  'description',
  'enabledOnAnonymousPages',
];

describe('plugin manifests', () => {
  const jsonc = parseJsonc(read('kibana.jsonc'));
  const json = JSON.parse(read('kibana.json'));
  const pkg = JSON.parse(read('package.json'));

  it('kibana.json holds only keys the manifest parser accepts, and the required ones', () => {
    expect(Object.keys(json).filter((key) => !KIBANA_JSON_KEYS.includes(key))).toEqual([]);
    expect(json.version).toEqual(expect.any(String));
    expect(json.owner).toEqual({ name: expect.any(String) });
    expect(json.server || json.ui).toBe(true);
  });

  it('uses a camelCase plugin id without dots, the one the code uses', () => {
    expect(json.id).toMatch(/^[a-z][a-zA-Z0-9]*$/);
    expect(json.id).toBe(PLUGIN_ID);
  });

  it('kibana.jsonc is a package plugin manifest', () => {
    expect(jsonc.type).toBe('plugin');
    expect(jsonc.id).toMatch(/^@kbn\/[a-z0-9-]+-plugin$/);
    expect(Array.isArray(jsonc.owner)).toBe(true);
  });

  it('the two manifests agree', () => {
    expect({
      id: jsonc.plugin.id,
      server: jsonc.plugin.server,
      ui: jsonc.plugin.browser,
      configPath: jsonc.plugin.configPath,
      requiredPlugins: jsonc.plugin.requiredPlugins,
      optionalPlugins: jsonc.plugin.optionalPlugins,
      description: jsonc.description,
      owner: jsonc.owner,
    }).toEqual({
      id: json.id,
      server: json.server,
      ui: json.ui,
      configPath: json.configPath,
      requiredPlugins: json.requiredPlugins,
      optionalPlugins: json.optionalPlugins,
      description: json.description,
      owner: [json.owner.name],
    });
  });

  it('kibana.json carries the package version and names a Kibana 9.x version', () => {
    expect(json.version).toBe(pkg.version);
    expect(json.kibanaVersion).toMatch(/^9\.\d+\.\d+$/);
  });

  it('the plugin requires what it uses and declares React, EUI and emotion as peers', () => {
    expect(json.requiredPlugins).toEqual(expect.arrayContaining(['management', 'features', 'licensing']));
    expect(Object.keys(pkg.peerDependencies)).toEqual(
      expect.arrayContaining(['react', 'react-dom', '@elastic/eui', '@emotion/react']),
    );
    expect(pkg.devDependencies.react).toBe('18.2.0');
    expect(pkg.dependencies['@kubernetes/client-node']).toMatch(/^1\.4\./);
  });
});
