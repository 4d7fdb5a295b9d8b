// nodejieba is native: esbuild leaves it external, so the VSIX carries a trimmed copy
// beside the server bundle (dist/node_modules/nodejieba): its JS, its compiled binary for
// this platform and its dictionaries. One VSIX per platform (vsce package --target).
import { cpSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const src = dirname(require.resolve('nodejieba/package.json'));
const dest = join(process.cwd(), 'dist', 'node_modules', 'nodejieba');
rmSync(dest, { recursive: true, force: true });
for (const rel of ['package.json', 'index.js', 'build/Release/nodejieba.node', 'submodules/cppjieba/dict']) {
  const from = join(src, rel);
  if (!existsSync(from)) throw new Error(`nodejieba: ${rel} is missing (was it built? run \`npm rebuild nodejieba\`)`);
  mkdirSync(dirname(join(dest, rel)), { recursive: true });
  cpSync(from, join(dest, rel), {
    recursive: true,
    filter: (p) => !p.endsWith('pos_dict') && !p.includes('/pos_dict/'),
  });
}
console.log(`staged nodejieba into ${dest}`);
