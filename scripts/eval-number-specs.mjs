// Measures the number layer on an outside suite nobody tuned on: Microsoft Recognizers-Text's number specs
// (Specs/Number/{Chinese,English}/{NumberModel,PercentModel,NumberRangeModel,OrdinalModel}.json, MIT-licensed
// test data, not kept in this repository). Each case's Input goes through the engine's own path up to the
// numbers: normalise → fold traditional characters → scanNumbers (the tokens, before any metric decision).
//
// Scoring (written down in docs/number-specs-eval.md):
//   - A token counts as a number the engine reports unless its value is not finite or it carries the layer's own
//     refusal, the flag `in-word` (统一, 十分). Other flags (year, date, ordinal, indefinite, vague…) label a
//     number that was found, so they count as found.
//   - An expected result is found when an unused reported token overlaps its span (the engine keeps 约/超过 in
//     the span and leaves 个百分点/% to the unit layer, so exact spans are not asked) and has its value:
//       NumberModel: the value; a fraction the engine reports as a percentage (三分之一 → 33.3333 %) is compared
//         as a percentage of the expected value.
//       PercentModel: the token is a percentage itself (百分之五, 七成) or the engine's unit lexicon reads %/‰/
//         个百分点 right after it (‰ is a tenth of a percent).
//       NumberRangeModel: [a,b) / [a,b] are the token's range; (a,) is a token of value a with approximation
//         "over"; (,b) with "under"; [a,a] the value a.
//       OrdinalModel: the value (the token is flagged ordinal or not: the engine finds the number of 第三).
//     Values agree within the engine's rounding: 1e-4 on a percentage, otherwise one part in 1e9.
//   - A case passes when every expected result is found and no other reported token is left over (a must-not-match
//     case passes with no reported token at all).
//   - Cases outside a policy-report engine's scope are scored too ("all") but listed apart ("in scope" excludes
//     them); each is put there by one rule below (SCOPE_RULES), never case by case. Anything a report could write
//     stays in scope.
// Usage: npm run pretest && node scripts/eval-number-specs.mjs [SPECS_DIR] [--lang zh|en] [--list] [--json FILE]
//   SPECS_DIR (or $NUMBER_SPECS_DIR) holds Chinese/ and English/ folders with the JSON files (or the JSON files
//   directly, for one language). Absent: a message and exit 0. Asserts nothing; prints figures.
import { createRequire } from 'node:module';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const core = join(root, 'out', 'src', 'core');

const args = process.argv.slice(2);
const opt = (name) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : null;
};
const VALUE_OPTIONS = new Set(['--lang', '--json']);
const positional = args.filter((a, i) => !a.startsWith('--') && !VALUE_OPTIONS.has(args[i - 1]));
const specsDir = positional[0] ?? process.env.NUMBER_SPECS_DIR ?? null;
if (!specsDir || !existsSync(specsDir)) {
  console.log(
    'eval-number-specs: no specs folder given or found (pass a folder holding Recognizers-Text Specs/Number/{Chinese,English}, or set NUMBER_SPECS_DIR); nothing measured.',
  );
  process.exit(0);
}
if (!existsSync(join(core, 'numbers', 'numbers.js'))) {
  console.error('eval-number-specs: out/ is missing; run `npm run pretest` first');
  process.exit(2);
}
const { normalizeText } = require(join(core, 'text', 'normalize.js'));
const { foldTraditional } = require(join(core, 'text', 'fold.js'));
const { scanNumbers } = require(join(core, 'numbers', 'numbers.js'));
const { matchChineseUnit, matchEnglishUnit } = require(join(core, 'numbers', 'units.js'));
const { ZH_POSTFIX_APPROX } = require(join(core, 'rules', 'zh', 'numbers.js'));

const MODELS = ['NumberModel', 'PercentModel', 'NumberRangeModel', 'OrdinalModel'];
const LANGS = { zh: 'Chinese', en: 'English' };
const onlyLang = opt('lang');
const LIST = args.includes('--list');
const JSON_OUT = opt('json');

/**
 * Out of scope: forms a policy report does not write, each with the reason. A rule reads the case's input and its
 * expected results; the first rule that holds names the category. Kept narrow on purpose (GUIDE: be strict).
 */
const SCOPE_RULES = {
  zh: [
    ['scientific notation (2^5, 2e5)', (c) => /[\d０-９]\s*[eE][+\-－]?[\d０-９]|\^/.test(c.input)],
    [
      'retail discount 折 (打八折)',
      (c) => c.expected.some((r) => /折$/.test(r.text)) || /对折|對折|十折/.test(c.input),
    ],
    ['dozen 打', (c) => c.expected.some((r) => /打$/.test(r.text))],
    ['mixed number X又Y分之Z (arithmetic)', (c) => c.expected.some((r) => /又/.test(r.text))],
    [
      'negative numerator and denominator (负3分之负157)',
      (c) => c.expected.some((r) => /[负負].*分\s*之\s*[负負]/.test(r.text)),
    ],
    [
      'improper or oddly scaled fraction (五百分之2333, 3分之157, 一百分之十万)',
      (c) =>
        c.expected.some(
          (r) =>
            c.model === 'NumberModel' &&
            /分\s*之/.test(r.text) &&
            (r.value > 1 || /^[一壹]百万?分|千万分|万万分|百万分/.test(r.text)),
        ),
    ],
    [
      'numerals spelled with spaces between characters (speech transcripts)',
      (c) => c.expected.some((r) => /[\u3400-\u9fff]\s+[\u3400-\u9fff\d]|\d\s+[\u3400-\u9fff]/.test(r.text)),
    ],
    [
      'query comparatives (大于X小于Y, 位于X和Y之间, ≥)',
      (c) =>
        c.model === 'NumberRangeModel' &&
        c.expected.some((r) =>
          /大于|小于|等于|之间|间$|[≥<>=]|比.*[大小低]|最多|最少|或者|位于|以上.*以下|以下.*以上|不[大小]于/.test(
            r.text,
          ),
        ),
    ],
    [
      'relative or textual ordinal (第3万回 as a chapter name)',
      (c) => c.model === 'OrdinalModel' && /回$/.test(c.input),
    ],
    ['spoken decimals with 两 (一点两)', (c) => /[点點][两兩]/.test(c.input)],
    [
      'colloquial numerals (百三, 千三, 倆千)',
      (c) => c.expected.some((r) => /^[百千][一二三四五六七八九]$|^[倆俩]/.test(r.text)),
    ],
    [
      'amount of another model (一美元 is currency, 一折 a discount)',
      (c) => c.model === 'NumberModel' && c.expected.length === 0 && /美元|美刀|折/.test(c.input),
    ],
    ['URL', (c) => /https?:\/\//.test(c.input)],
  ],
  en: [
    ['scientific notation (1e10, 1.1^23, 10^6)', (c) => /\d\s*[eE][+-]?\d|\^|x10/.test(c.input)],
    ['dozen', (c) => /\bdoz|dzs?\b/i.test(c.input)],
    ['Indian numbering (lakh, crore)', (c) => /\b(?:lakh|crore)\b/i.test(c.input)],
    [
      'arithmetic fractions (one over three, 2000 over 3, out of, in)',
      (c) => c.expected.some((r) => /\b(?:over|out of|in)\b/i.test(r.text)),
    ],
    [
      'ordinal-denominator fractions beyond simple shares (twenty-three fifths, a trillionth, hundredths)',
      (c) =>
        c.expected.some(
          (r) =>
            /(?:th|ths|first|firsts|second|seconds)$/i.test(r.text.trim()) &&
            !/^(?:a|an|one|two|three|four|five|six|seven|eight|nine)[\s-]+(?:fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?|fourths?)$/i.test(
              r.text.trim(),
            ),
        ),
    ],
    [
      'spoken numbers (point, nought, minus/negative words)',
      (c) => c.expected.some((r) => /\b(?:point|nought|naught|minus|negative)\b/i.test(r.text)),
    ],
    [
      'relative ordinals (last, next, previous, current, penultimate)',
      (c) => c.model === 'OrdinalModel' && c.expected.some((r) => !Number.isFinite(r.value)),
    ],
    [
      'ordinal words (first, eleventh, twenty-fifth)',
      (c) =>
        c.model === 'OrdinalModel' &&
        /\b(?:first|second|third|[a-z]+th|eleventh)\b/i.test(c.input) &&
        !c.expected.some((r) => /\d/.test(r.text)),
    ],
    [
      'query comparatives (larger than X and less than Y, between, equal to, <=)',
      (c) =>
        c.model === 'NumberRangeModel' &&
        (c.expected.some((r) =>
          /\b(?:larger|smaller|bigger|greater|higher|lower|less|equal|equals|equaling|between|through|or more|or less|or greater|exceed|exceeding|surpass|no more|no less|at most|at least|above .* below)\b|[<>=]/i.test(
            r.text,
          ),
        ) ||
          c.expected.length === 0),
    ],
    [
      'percent as a noun (percent of 10, a small percent)',
      (c) => /\bper ?cents? of\b|\ba small percent|\bthe % of|a percentage\?/i.test(c.input),
    ],
    ['URL', (c) => /https?:\/\//.test(c.input)],
    [
      'amount of another model (180ml and 29km are dimensions, May 4th a date)',
      (c) => c.model === 'NumberModel' && c.expected.length === 0 && /\d/.test(c.input),
    ],
    [
      'European or Indian digit grouping (1.111,11, 12,34,567, 5,00, 1,3)',
      (c) => /\d\.\d{3},\d|\b\d{1,2},\d{2},\d{3}|5,00\b|\b1,3\.|nrs?\.\s/.test(c.input),
    ],
    ['hyphenated code or phone (SCP-173, +1-222)', (c) => /[A-Z]{2,}-\d|\+1-/.test(c.input)],
    ['words only (version two, last time)', (c) => /\b(?:version two|last time)\b/.test(c.input)],
  ],
};

/** Reads a Recognizers-Text resolution into numbers: a value, or a range's bounds. */
function expectedOf(model, r) {
  const text = r.Text;
  const start = r.Start;
  const end = r.End + 1;
  const raw = r.Resolution?.value;
  if (model === 'NumberRangeModel') {
    const m = /^([[(])(-?[\d.eE+-]*),(-?[\d.eE+-]*)([\])])$/.exec(String(raw ?? ''));
    if (!m) return { text, start, end, value: Number.NaN };
    return {
      text,
      start,
      end,
      value: Number.NaN,
      low: m[2] === '' ? null : Number(m[2]),
      high: m[3] === '' ? null : Number(m[3]),
      lowClosed: m[1] === '[',
      highClosed: m[4] === ']',
    };
  }
  const value = raw === null || raw === undefined ? Number.NaN : Number(String(raw).replace(/%$/, ''));
  return { text, start, end, value };
}

function loadCases(langDir, model, lang) {
  const file = join(langDir, `${model}.json`);
  if (!existsSync(file)) return [];
  const data = JSON.parse(readFileSync(file, 'utf8').replace(/^\ufeff/, ''));
  return data.map((c, index) => ({
    lang,
    model,
    index,
    input: c.Input,
    notSupported: c.NotSupported ?? null,
    expected: (c.Results ?? []).map((r) => expectedOf(model, r)),
  }));
}

/** The engine's number tokens of one input, in original offsets, with what percentage unit follows. */
function engineTokens(input, lang) {
  const norm = normalizeText(input);
  const text = foldTraditional(norm.text).text;
  return scanNumbers(text).map((t) => {
    const range = norm.rangeToOriginal(t.start, t.end);
    let unitKind = null;
    let permille = false;
    const zh = matchChineseUnit(text, t.end);
    const en = zh ? null : matchEnglishUnit(text, t.end, false);
    const unit = zh ?? en;
    if (unit && (unit.kind === 'percent' || unit.kind === 'points')) {
      unitKind = unit.kind;
      permille = unit.unit === '‰';
    }
    // 五百以上: the metric layer reads approximation words after the unit; with no unit they follow the figure.
    const postfix = t.approx ? null : ZH_POSTFIX_APPROX.find(([re]) => re.test(text.slice(t.end, t.end + 3)));
    return {
      start: range.start,
      end: range.end,
      text: input.slice(range.start, range.end),
      value: t.value,
      percent: t.percent,
      approx: t.approx ?? postfix?.[1] ?? null,
      range: t.range ?? null,
      flags: t.flags,
      unitKind,
      permille,
      reported: Number.isFinite(t.value) && !t.flags.includes('in-word'),
      lang,
    };
  });
}

const close = (a, b, percent) =>
  percent ? Math.abs(a - b) <= 1e-4 : Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));

function valueMatches(model, exp, tok) {
  if (model === 'PercentModel') {
    if (tok.percent) return close(tok.value, exp.value, true);
    if (tok.unitKind) return close(tok.permille ? tok.value / 10 : tok.value, exp.value, true);
    return false;
  }
  if (model === 'NumberRangeModel') {
    // A percentage's bound is written as its figure (超过百分之零点九: 0.9) or as a fraction (超过1/2: 0.5).
    const same = (a, b) => a !== null && (close(a, b, tok.percent) || (tok.percent && close(a, b * 100, true)));
    if (exp.low !== null && exp.high !== null) {
      if (exp.low === exp.high) return same(exp.low, tok.value);
      return !!tok.range && same(exp.low, tok.range.low) && same(exp.high, tok.range.high);
    }
    if (exp.low !== null) return tok.approx === 'over' && same(exp.low, tok.value);
    if (exp.high !== null) return tok.approx === 'under' && same(exp.high, tok.value);
    return false;
  }
  // 三分之一 is a percentage to the engine; 百分之五十五 in the number model expects the numeral's value.
  if (tok.percent) return close(tok.value, exp.value * 100, true) || close(tok.value, exp.value, true);
  return close(tok.value, exp.value, false);
}

/**
 * Which left-over tokens a model's case counts as spurious: each Recognizers-Text model reports only its own kind
 * (the number model leaves percentages to the percent model, the percent model leaves plain numbers alone…).
 */
function ofModel(model, t) {
  if (model === 'PercentModel') return t.percent || t.unitKind !== null;
  if (model === 'NumberRangeModel') return t.range !== null || t.approx === 'over' || t.approx === 'under';
  if (model === 'OrdinalModel') return t.flags.includes('ordinal');
  return !t.percent && t.unitKind === null;
}

function scoreCase(c) {
  const tokens = engineTokens(c.input, c.lang).filter((t) => t.reported);
  const used = new Set();
  const problems = [];
  for (const exp of c.expected) {
    const overlapping = tokens.filter((t, i) => !used.has(i) && t.start < exp.end && exp.start < t.end);
    const hit = overlapping.find((t) => valueMatches(c.model, exp, t));
    if (hit) used.add(tokens.indexOf(hit));
    else if (overlapping.length)
      problems.push(
        `wrong: ${exp.text}=${fmtExp(exp)} got ${overlapping.map((t) => `${t.text}=${fmtTok(t)}`).join(', ')}`,
      );
    else problems.push(`missed: ${exp.text}=${fmtExp(exp)}`);
  }
  tokens.forEach((t, i) => {
    if (!used.has(i) && ofModel(c.model, t) && !c.expected.some((e) => t.start < e.end && e.start < t.end))
      problems.push(`spurious: ${t.text}=${fmtTok(t)}`);
  });
  return { pass: problems.length === 0, problems, tokens };
}

function fmtExp(e) {
  if (e.low !== undefined) return `${e.lowClosed ? '[' : '('}${e.low ?? ''},${e.high ?? ''}${e.highClosed ? ']' : ')'}`;
  return String(e.value);
}
function fmtTok(t) {
  const tags = [
    t.percent ? '%' : t.unitKind ? t.unitKind : '',
    t.approx ?? '',
    t.range ? `${t.range.low}-${t.range.high}` : '',
    ...t.flags,
  ]
    .filter(Boolean)
    .join(',');
  return tags ? `${t.value}(${tags})` : String(t.value);
}

const report = [];
const base = resolve(specsDir);
for (const [lang, folder] of Object.entries(LANGS)) {
  if (onlyLang && onlyLang !== lang) continue;
  const langDir = existsSync(join(base, folder)) ? join(base, folder) : base;
  for (const model of MODELS) {
    const cases = loadCases(langDir, model, lang);
    if (cases.length === 0) continue;
    const rows = cases.map((c) => {
      const scope = SCOPE_RULES[lang].find(([, rule]) => rule(c))?.[0] ?? null;
      return { ...c, scope, ...scoreCase(c) };
    });
    const inScope = rows.filter((r) => !r.scope);
    const pass = (rs) => rs.filter((r) => r.pass).length;
    const pct = (a, b) => (b ? ((100 * a) / b).toFixed(1) : '—');
    console.log(
      `${folder}/${model}: in scope ${pass(inScope)}/${inScope.length} (${pct(pass(inScope), inScope.length)}%), all ${pass(rows)}/${rows.length} (${pct(pass(rows), rows.length)}%)`,
    );
    const outCats = new Map();
    for (const r of rows.filter((x) => x.scope)) {
      const e = outCats.get(r.scope) ?? { n: 0, pass: 0 };
      e.n++;
      if (r.pass) e.pass++;
      outCats.set(r.scope, e);
    }
    for (const [cat, e] of outCats) console.log(`    out of scope: ${cat}: ${e.n} (passing anyway ${e.pass})`);
    const failing = inScope.filter((r) => !r.pass);
    const kinds = new Map();
    for (const r of failing) {
      const k = r.problems.map((p) => p.split(':')[0]).sort()[0];
      kinds.set(k, (kinds.get(k) ?? 0) + 1);
    }
    if (failing.length)
      console.log(`    in-scope failures by first problem: ${[...kinds].map(([k, n]) => `${k} ${n}`).join(', ')}`);
    if (LIST) for (const r of failing) console.log(`      ✗ ${JSON.stringify(r.input)}  ${r.problems.join(' | ')}`);
    report.push({
      lang,
      model,
      inScope: { pass: pass(inScope), total: inScope.length },
      all: { pass: pass(rows), total: rows.length },
      outOfScope: Object.fromEntries(outCats),
      failures: rows.filter((r) => !r.pass).map((r) => ({ input: r.input, scope: r.scope, problems: r.problems })),
    });
  }
}
if (JSON_OUT) {
  writeFileSync(JSON_OUT, JSON.stringify(report, null, 2));
  console.log(`wrote ${JSON_OUT}`);
}
