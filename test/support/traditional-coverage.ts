// Which traditional characters the script fold lacks for the characters the Chinese rules read, measured against
// OpenCC's character tables (opencc-js, a devDependency used only here): the fold must turn every traditional form
// (Hong Kong and Taiwan variants too) of a rule's character into that character, or a rule silently misses
// traditional text (錄得 was never read as 录得).
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as OpenCC from 'opencc-js';
import { simplifiedOf } from '../../src/core/rules/zh/traditional';
import { ROOT } from './paths';

/** Modules whose Chinese patterns the fold serves: the Chinese rules (but the fold's table) and the logic holding words. */
const RULE_SOURCES = [
  ...fs
    .readdirSync(path.join(ROOT, 'src', 'core', 'rules', 'zh'))
    .filter((f) => f.endsWith('.ts') && f !== 'traditional.ts')
    .map((f) => path.join('src', 'core', 'rules', 'zh', f)),
  'src/core/rules/claim-calibration.ts',
];

/** Characters that are also ordinary simplified characters in their own right (显著, 著名; 昇腾): never folded. */
export const ALSO_SIMPLIFIED = new Set(['著', '昇']);

const IDEOGRAPH = /[\u4e00-\u9fff]/u;

/** The simplified characters the rules are written with. */
export function ruleCharacters(): Set<string> {
  const chars = new Set<string>();
  for (const file of RULE_SOURCES)
    for (const ch of fs.readFileSync(path.join(ROOT, file), 'utf8')) if (IDEOGRAPH.test(ch)) chars.add(ch);
  return chars;
}

/** simplified → the traditional characters OpenCC turns into it, one character at a time (hk and tw to cn). */
function traditionalFormsBySimplified(): Map<string, Set<string>> {
  const converters = [OpenCC.Converter({ from: 'hk', to: 'cn' }), OpenCC.Converter({ from: 'tw', to: 'cn' })];
  const forms = new Map<string, Set<string>>();
  for (let code = 0x4e00; code <= 0x9fff; code++) {
    const ch = String.fromCharCode(code);
    for (const convert of converters) {
      const s = convert(ch);
      if (s === ch || s.length !== 1) continue;
      if (!forms.has(s)) forms.set(s, new Set());
      forms.get(s)!.add(ch);
    }
  }
  return forms;
}

/** Pairs "traditional simplified" the fold lacks (or folds elsewhere) for the rules' characters. */
export function missingTraditionalPairs(): string[] {
  const forms = traditionalFormsBySimplified();
  const missing: string[] = [];
  for (const s of ruleCharacters())
    for (const t of forms.get(s) ?? []) if (!ALSO_SIMPLIFIED.has(t) && simplifiedOf(t) !== s) missing.push(`${t}${s}`);
  return missing.sort();
}
