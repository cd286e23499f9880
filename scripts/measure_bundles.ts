import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, type Metafile } from 'esbuild';

/** What Kibana's shared-deps bundle provides at run time; the external plugin build does not bundle them. */
export const KIBANA_SHARED_DEPS = [
  'react',
  'react/*',
  'react-dom',
  'react-dom/*',
  '@elastic/eui',
  '@elastic/eui/*',
  '@emotion/*',
  '@kbn/*',
  'history',
  'moment',
  'rxjs',
  'lodash',
];

export interface BundleSizes {
  pageLoadBytes: number;
  pageLoadGzipBytes: number;
  lazyBytes: number;
  lazyChunks: number;
}

const ROOT = path.resolve(__dirname, '..');

/**
 * Builds public/index.ts as Kibana's external-plugin build does (minified, shared deps external,
 * dynamic imports split into async chunks) and measures the page-load bundle (the entry and what it
 * imports statically) against the lazily loaded rest.
 */
export async function measureBundles(): Promise<BundleSizes> {
  const result = await build({
    entryPoints: [path.join(ROOT, 'public/index.ts')],
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2020',
    minify: true,
    write: false,
    metafile: true,
    outdir: path.join(ROOT, 'target/measure'),
    external: KIBANA_SHARED_DEPS,
    logLevel: 'silent',
  });
  const metafile = result.metafile as Metafile;
  const outputs = metafile.outputs;
  const entry = Object.keys(outputs).find((file) => outputs[file].entryPoint) as string;
  const pageLoad = new Set<string>([entry]);
  for (const file of pageLoad) {
    for (const imported of outputs[file].imports) {
      if (imported.kind === 'import-statement' && outputs[imported.path]) pageLoad.add(imported.path);
    }
  }
  const bytesOf = (file: string) =>
    result.outputFiles.find((f) => path.relative(ROOT, f.path) === file)?.contents ?? new Uint8Array();
  const pageLoadFiles = [...pageLoad].map(bytesOf);
  const lazy = Object.keys(outputs).filter((file) => !pageLoad.has(file) && file.endsWith('.js'));
  return {
    pageLoadBytes: pageLoadFiles.reduce((sum, bytes) => sum + bytes.length, 0),
    pageLoadGzipBytes: pageLoadFiles.reduce((sum, bytes) => sum + gzipSync(bytes).length, 0),
    lazyBytes: lazy.reduce((sum, file) => sum + outputs[file].bytes, 0),
    lazyChunks: lazy.length,
  };
}

if (require.main === module) {
  measureBundles().then((sizes) => {
    console.log(
      `page-load bundle: ${sizes.pageLoadBytes} bytes (${sizes.pageLoadGzipBytes} gzipped); goal < 5000 bytes\n` +
        `lazy application: ${sizes.lazyBytes} bytes in ${sizes.lazyChunks} chunk(s)`,
    );
  });
}
