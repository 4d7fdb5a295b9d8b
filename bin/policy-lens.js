#!/usr/bin/env node
'use strict';
// Thin launcher so `npm link`/`npx policy-lens` work; the CLI itself is bundled by esbuild.
const path = require('node:path');
const fs = require('node:fs');
const bundle = path.join(__dirname, '..', 'dist', 'cli.js');
if (!fs.existsSync(bundle)) {
  process.stderr.write('policy-lens: dist/cli.js is missing; run `npm run build` first.\n');
  process.exit(2);
}
require(bundle).runCli();
