// One bundler config for every entry point: the CLI, the language server and the VS Code client.
// nodejieba is native (a .node binary plus dictionaries found relative to its own files), so it
// stays external and ships as a package beside the bundles.
import * as esbuild from 'esbuild';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

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

/**
 * esbuild leaves non-ASCII characters in regular expression literals (and comments), and one is
 * enough for V8 to hold a bundle's whole source as a two-byte string: 7 MB more for the language
 * server (npm run bench). Each is written as a \u escape instead (the same character in a string,
 * a regular expression or a comment); an identity escape (a backslash before it) becomes that escape.
 */
const asciiOnly = (code) =>
  code.replace(/(\\*)([^\x00-\x7F])/g, (_, slashes, unit) => {
    const kept = slashes.length % 2 ? slashes.slice(1) : slashes;
    return `${kept}\\u${unit.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });

const writeAscii = {
  name: 'write-ascii',
  setup(build) {
    build.onEnd((result) => {
      for (const file of result.outputFiles ?? []) {
        mkdirSync(dirname(file.path), { recursive: true });
        writeFileSync(file.path, file.path.endsWith('.js') ? asciiOnly(file.text) : file.contents);
      }
    });
  },
};

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
  write: false,
  plugins: [writeAscii],
};

if (watch) {
  const ctx = await esbuild.context(options);
  await ctx.watch();
} else {
  await esbuild.build(options);
}
