import * as path from 'node:path';
import * as fs from 'node:fs';

/** The project root, whether tests run from out/test/... or from source. */
export const ROOT = (() => {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, 'package.json')) || dir.endsWith(`${path.sep}out`)) {
    const up = path.dirname(dir);
    if (up === dir) throw new Error('project root not found');
    dir = up;
  }
  return dir;
})();

/** ../shared beside the project (or $POLICY_LENS_SHARED): present in CI and on the team's machines, absent on a user's. */
export const SHARED = process.env.POLICY_LENS_SHARED
  ? path.resolve(process.env.POLICY_LENS_SHARED)
  : path.resolve(ROOT, '..', 'shared');
export const HAS_SHARED =
  fs.existsSync(path.join(SHARED, 'eval', 'score.mjs')) && fs.existsSync(path.join(SHARED, 'corpus'));
export const CLI = path.join(ROOT, 'bin', 'policy-lens.js');
