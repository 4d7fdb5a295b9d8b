// One bundler config for every entry point: the CLI, the language server and the VS Code client.
// nodejieba is native (a .node binary plus dictionaries found relative to its own files), so it
// stays external and ships as a package beside the bundles.
import * as esbuild from 'esbuild';
import { existsSync } from 'node:fs';

const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');

const entries = [
  { in: 'src/cli/main.ts', out: 'cli' },
  { in: 'src/cli/analyze-worker.ts', out: 'analyze-worker' },
  { in: 'src/core/index.ts', out: 'engine' },
  { in: 'src/server/server.ts', out: 'server' },
  { in: 'src/extension/extension.ts', out: 'extension' },
  // for the editor bench, which applies the server's deltas as the client does
  { in: 'src/shared/delta.ts', out: 'delta' },
  { in: 'src/shared/assemble.ts', out: 'assemble' },
].filter((e) => existsSync(e.in));

const options = {
  entryPoints: entries,
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  external: ['vscode', 'nodejieba'],
  logLevel: 'warning',
};

if (watch) {
  const ctx = await esbuild.context(options);
  await ctx.watch();
} else {
  await esbuild.build(options);
}
