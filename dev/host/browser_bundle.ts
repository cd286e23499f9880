import path from 'node:path';
import { build, stop } from 'esbuild';

export interface BrowserAssets {
  /** Files by URL path, e.g. `/bundles/main.js`. */
  files: Map<string, { contentType: string; body: Uint8Array }>;
  entry: string;
}

const ROOT = path.resolve(__dirname, '../..');
export const BUNDLES_PATH = '/bundles';

/**
 * Bundles the standalone browser entry (the real public/ plugin plus stand-ins for Kibana's core
 * services) in memory. The lazy application becomes its own chunk, as in Kibana's build.
 */
export async function buildBrowserAssets(): Promise<BrowserAssets> {
  const result = await build({
    entryPoints: { main: path.join(ROOT, 'dev/host/browser/main.tsx') },
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    write: false,
    outdir: path.join(ROOT, 'target/host-bundles'),
    alias: { '@kbn/react-kibana-context-render': path.join(ROOT, 'dev/host/browser/kibana_render_context.tsx') },
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
  });
  const files = new Map<string, { contentType: string; body: Uint8Array }>();
  for (const file of result.outputFiles) {
    files.set(`${BUNDLES_PATH}/${path.basename(file.path)}`, {
      contentType: file.path.endsWith('.css') ? 'text/css' : 'text/javascript',
      body: file.contents,
    });
  }
  return { files, entry: `${BUNDLES_PATH}/main.js` };
}

/** The bundle, built once on first call; `dispose` stops esbuild's service process if it ran. */
export function lazyBrowserAssets(): { get: () => Promise<BrowserAssets>; dispose: () => void } {
  let assets: Promise<BrowserAssets> | undefined;
  return {
    get: () => (assets ??= buildBrowserAssets()),
    dispose: () => {
      if (assets) stop();
    },
  };
}
