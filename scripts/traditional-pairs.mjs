// Lists the traditional characters (and variants) the script fold is missing for characters the Chinese rules read:
// every character of src/core/rules/zh (but the fold's own table) and of the modules that hold Chinese patterns,
// against OpenCC's character tables (opencc-js, a devDependency). Prints pairs to add to PAIRS in
// src/core/rules/zh/traditional.ts; test/unit/traditional-coverage.test.ts fails while any is missing.
// Usage: npm run build:test && node scripts/traditional-pairs.mjs
import { missingTraditionalPairs } from '../out/test/support/traditional-coverage.js';

const missing = missingTraditionalPairs();
console.log(missing.length ? missing.join('') : 'none missing');
