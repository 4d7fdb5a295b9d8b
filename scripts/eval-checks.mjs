// The checks' evaluation, run the way error-detection tools are measured:
//   1. false alarms: every inconsistency reported on the unaltered reports (per 10,000 characters), listed
//      for hand-checking;
//   2. recall: realistic errors injected by a seeded script at sites this script finds with its OWN patterns
//      (not the checker's), one error per altered copy; an error counts as found only when an inconsistent
//      finding names the altered figure (its range overlaps the injected span);
//   3. controls: the same insertions made correctly must not be flagged.
//   4. sources (with --mirror GIT_DIR, a snapshot of chenfei2008c/china-local-debt-atlas): real pairs of a city's
//      budget report and its statistical communiqué, scored against the hand-checked scripts/eval-sources.gold.json;
//      every match the matcher makes outside the gold is listed as a wrong-quantity match; then each matching
//      report figure is altered (a source figure altered, seen from the report) and must come out as "differs".
// Usage: npm run pretest && node scripts/eval-checks.mjs [--seed N] [--variants K] [--json FILE] [--mirror GIT_DIR]
//        [--sources-only] [--list]
// Reads $POLICY_LENS_SHARED or ../shared (corpus/ and corpus-dev/). Asserts nothing; prints figures.
import { createRequire } from 'node:module';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'out', 'src', 'core');
if (!existsSync(join(out, 'checks', 'run.js'))) {
  console.error('eval-checks: out/ is missing; run `npm run pretest` first');
  process.exit(2);
}
const { analyzeText } = require(join(out, 'analyze.js'));
const { runChecks } = require(join(out, 'checks', 'run.js'));
// the tests' seeded PRNG (test/support/prng.ts), compiled beside the engine
const { prng } = require(join(root, 'out', 'test', 'support', 'prng.js'));

const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : dflt;
};
const SEED = Number(opt('seed', '11'));
const VARIANTS = Number(opt('variants', '3'));
const JSON_OUT = opt('json', null);
// --sources-only: only part 4 (the real pairs), for quick runs while tuning the matcher.
const SOURCES_ONLY = args.includes('--sources-only');
const shared = resolve(process.env.POLICY_LENS_SHARED ?? join(root, '..', 'shared'));
const dirs = ['corpus', 'corpus-dev'].map((d) => join(shared, d)).filter(existsSync);
if (dirs.length === 0) {
  console.error(`eval-checks: no corpus under ${shared} (set POLICY_LENS_SHARED)`);
  process.exit(2);
}
const docs = (SOURCES_ONLY ? [] : dirs).flatMap((d) =>
  readdirSync(d)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({
      name: `${d.split('/').pop()}/${f}`,
      text: readFileSync(join(d, f), 'utf8').replace(/^\ufeff/, ''),
    })),
);

const rand = prng(SEED);
const uniform = (lo, hi) => lo + (hi - lo) * rand();
const sign = () => (rand() < 0.5 ? -1 : 1);

// ---- the script's own reading of figures (deliberately simpler than the engine) ----
const NUM = '(\\d+(?:\\.\\d+)?)';
const SCALE = { 万: 1e4, 亿: 1e8, 万亿: 1e12, 千: 1e3, 百: 1e2 };
const UNIT =
  '((?:万亿|亿|万|千)?(?:元|美元|吨|人|户|家|起|件|个|项|所|辆|次|套|亩|公顷|千瓦|千瓦时|平方米|公里|分钟|小时|天|岁|人次|元\\/人)|%)';
const decimalsOf = (s) => (s.includes('.') ? s.split('.')[1].length : 0);
const valueOf = (num, unit) => {
  const scale = unit.startsWith('万亿') ? 1e12 : SCALE[unit[0]] && unit.length > 1 ? SCALE[unit[0]] : 1;
  return Number(num) * scale;
};
const fmt = (v, decimals) => {
  const s = Math.max(v, 0).toFixed(decimals);
  return s;
};
/** Half a unit of the last digit, in the figure's own written scale. */
const half = (num) => 0.5 * 10 ** -decimalsOf(num);

// ---- sites ----
const SENT = /[^。！？\n]+[。！？]?/gu;
function sentences(text) {
  return [...text.matchAll(SENT)].map((m) => ({ start: m.index, text: m[0] }));
}

const CHANGE_UP = '(?:增长|提高|提升|上升|增加)';
const CHANGE_DOWN = '(?:下降|降低|缩短|减少|回落)';
const P_FROM_TO = new RegExp(
  `(?:由|从)[^，。；\\d]{0,8}?(?:\\d{4}年的?)?${NUM}${UNIT}[^，。；\\d]{0,8}?(?:至|到)(?:\\d{4}年的?)?${NUM}${UNIT}(以内|以上|左右)?`,
  'gu',
);
const P_STATED_AFTER = new RegExp(`^[，,]\\s*(?:同比|比上年)?(${CHANGE_UP}|${CHANGE_DOWN})了?${NUM}(%|个百分点)`, 'u');
const P_LEVEL_ABS_REL = new RegExp(
  `${NUM}${UNIT}[，,](?:比上年|同比|比去年)?(增加|减少)${NUM}${UNIT}[，,](增长|下降)${NUM}%`,
  'gu',
);
const P_RATIO = /(?:三次产业|产业)(?:结构|比重|比例)[为是]?(\d+(?:\.\d+)?)[:：∶](\d+(?:\.\d+)?)[:：∶](\d+(?:\.\d+)?)/gu;
const P_SECTOR_LIST =
  /(?:一、二、三产业|三次产业)[^。；]{0,30}?分别为(\d+(?:\.\d+)?)%、(\d+(?:\.\d+)?)%和(\d+(?:\.\d+)?)%/gu;
const P_OF_WHICH = new RegExp(`${NUM}${UNIT}[，,]\\s*其中[，,：:]?([^。；]{4,120})`, 'gu');
const P_RATE = new RegExp(
  `${NUM}(起|件|人)[^。]{0,24}?[，,;；][^，。；\\d]{0,6}?${NUM}(起|件|人)[，,][^，。；\\d]{0,8}率(?:达|为|达到)?${NUM}%`,
  'gu',
);

/** Each site: kind, the span to replace (start, end in the original), the replacement, and whether it is a control. */
function sitesOf(text) {
  const sites = [];
  // change: stated changes after from→to levels, altered; and from→to levels without one, given one.
  for (const m of text.matchAll(P_FROM_TO)) {
    const [, a, ua, b, ub, approx] = m;
    if (ua !== ub) continue;
    const A = valueOf(a, ua);
    const B = valueOf(b, ub);
    if (A <= 0 || B <= 0 || A === B) continue;
    const end = m.index + m[0].length;
    const after = P_STATED_AFTER.exec(text.slice(end));
    const isPercent = ua === '%';
    const truth = isPercent ? Math.abs(B - A) : (Math.abs(B - A) / A) * 100;
    const word = B > A ? (isPercent ? '提高' : '增长') : isPercent ? '下降' : '下降';
    const unitWord = isPercent ? '个百分点' : '%';
    if (after) {
      const [, , c] = after;
      const cStart = end + after[0].indexOf(c, after[0].indexOf(after[1]) + after[1].length);
      for (let k = 0; k < VARIANTS; k++) {
        const d = decimalsOf(c);
        const wrong = fmt(Number(c) + sign() * uniform(2, 10), d);
        if (wrong === c || Number(wrong) <= 0) continue;
        sites.push({
          kind: 'change',
          start: cStart,
          end: cStart + c.length,
          replacement: wrong,
          control: false,
          note: `${m[0]}${after[0]}`,
        });
      }
    } else if (!approx) {
      const correct = truth.toFixed(1);
      sites.push({
        kind: 'change (inserted)',
        start: end,
        end,
        replacement: `，${word}${correct}${unitWord}`,
        control: true,
        note: m[0],
      });
      for (let k = 0; k < VARIANTS; k++) {
        const wrong = Math.max(0.1, truth + sign() * uniform(2, 10)).toFixed(1);
        sites.push({
          kind: 'change (inserted)',
          start: end,
          end,
          replacement: `，${word}${wrong}${unitWord}`,
          control: false,
          note: m[0],
        });
      }
      if (!isPercent && B / A >= 1.5) {
        sites.push({
          kind: 'multiple (inserted)',
          start: end,
          end,
          replacement: `，是原来的${(B / A).toFixed(1)}倍`,
          control: true,
          note: m[0],
        });
        for (let k = 0; k < VARIANTS; k++) {
          const wrong = Math.max(1.1, B / A + sign() * uniform(0.3, 1.0)).toFixed(1);
          sites.push({
            kind: 'multiple (inserted)',
            start: end,
            end,
            replacement: `，是原来的${wrong}倍`,
            control: false,
            note: m[0],
          });
        }
      }
    }
  }
  for (const m of text.matchAll(P_LEVEL_ABS_REL)) {
    const c = m[7];
    const cStart = m.index + m[0].length - 1 - c.length;
    for (let k = 0; k < VARIANTS; k++) {
      const wrong = fmt(Number(c) + sign() * uniform(2, 10), decimalsOf(c));
      if (Number(wrong) <= 0 || wrong === c) continue;
      sites.push({
        kind: 'change',
        start: cStart,
        end: cStart + c.length,
        replacement: wrong,
        control: false,
        note: m[0],
      });
    }
  }
  // shares: a term of the three sectors moved 0.5–3 points.
  for (const re of [P_RATIO, P_SECTOR_LIST]) {
    for (const m of text.matchAll(re)) {
      const terms = m.slice(1, 4);
      const total = terms.reduce((s, t) => s + Number(t), 0);
      if (Math.abs(total - 100) > terms.reduce((s, t) => s + half(t), 0)) continue; // not 100 as published
      for (let k = 0; k < VARIANTS; k++) {
        const i = Math.floor(rand() * 3);
        const t = terms[i];
        const wrong = fmt(Number(t) + sign() * uniform(0.5, 3), decimalsOf(t));
        if (Number(wrong) <= 0 || wrong === t) continue;
        let at = m.index;
        for (let j = 0; j <= i; j++)
          at = text.indexOf(terms[j], j === 0 ? m.index + m[0].indexOf(terms[0]) : at + terms[j - 1].length);
        sites.push({ kind: 'shares', start: at, end: at + t.length, replacement: wrong, control: false, note: m[0] });
      }
    }
  }
  // parts: an 其中 breakdown that sums to its whole, one part raised (sum exceeds) or lowered (sum falls short).
  for (const m of text.matchAll(P_OF_WHICH)) {
    const [, w, wu, list] = m;
    const partRe = new RegExp(`${NUM}${wu.replace(/[/]/g, '\\/')}(?![\\d])`, 'gu');
    const listStart = m.index + m[0].length - list.length;
    const parts = [...list.matchAll(partRe)].map((p) => ({ num: p[1], at: listStart + p.index }));
    if (parts.length < 2) continue;
    const sum = parts.reduce((s, p) => s + Number(p.num), 0);
    const tol = half(w) + parts.reduce((s, p) => s + half(p.num), 0);
    if (Math.abs(sum - Number(w)) > tol) continue; // not a complete breakdown as published
    for (let k = 0; k < VARIANTS; k++) {
      const p = parts[Math.floor(rand() * parts.length)];
      for (const dir of [1, -1]) {
        const delta = Number(w) * uniform(0.02, 0.1);
        const wrong = fmt(Number(p.num) + dir * delta, decimalsOf(p.num));
        if (Number(wrong) <= 0 || wrong === p.num) continue;
        sites.push({
          kind: dir > 0 ? 'parts (raised)' : 'parts (lowered)',
          start: p.at,
          end: p.at + p.num.length,
          replacement: wrong,
          control: false,
          note: m[0].slice(0, 60),
        });
      }
    }
  }
  // rate: a rate after its numerator and denominator, moved 2–10 points.
  for (const m of text.matchAll(P_RATE)) {
    const [, x, ux, y, uy, r] = m;
    if (ux !== uy) continue;
    const computed = (Math.min(+x, +y) / Math.max(+x, +y)) * 100;
    if (Math.abs(computed - Number(r)) > half(r)) continue;
    const rStart = m.index + m[0].length - 1 - r.length;
    for (let k = 0; k < VARIANTS; k++) {
      const wrong = fmt(Math.min(100, Number(r) + sign() * uniform(2, 10)), decimalsOf(r));
      if (wrong === r) continue;
      sites.push({
        kind: 'rate',
        start: rStart,
        end: rStart + r.length,
        replacement: wrong,
        control: false,
        note: m[0],
      });
    }
  }
  // repeat: a body sentence repeated in a summary at the top (as reports do), its figure altered in the copy;
  // the unaltered copy is the control. And figures already written twice with the same 8 characters before
  // them, the later one altered.
  const FIG = new RegExp(`([\\u4e00-\\u9fff]{4})${NUM}${UNIT}`, 'gu');
  const firstBreak = text.indexOf('\n') + 1;
  const candidates = sentences(text).filter(
    (x) => x.start >= firstBreak && x.text.length <= 80 && x.text.trim().endsWith('。') && FIG.test(x.text),
  );
  const picked = [];
  while (picked.length < Math.min(3, candidates.length)) {
    const c = candidates[Math.floor(rand() * candidates.length)];
    if (!picked.includes(c)) picked.push(c);
  }
  for (const c of picked) {
    const copy = c.text.trim();
    const figs = [...copy.matchAll(new RegExp(FIG.source, 'gu'))];
    const f = figs[Math.floor(rand() * figs.length)];
    const numAt = f.index + f[1].length;
    const num = f[2];
    sites.push({
      kind: 'repeat (summary)',
      start: firstBreak,
      end: firstBreak,
      replacement: `${copy}\n`,
      control: true,
      note: copy,
    });
    for (let k = 0; k < VARIANTS; k++) {
      const d = decimalsOf(num);
      let wrong = fmt(Number(num) * (1 + sign() * uniform(0.02, 0.1)), d);
      if (wrong === num) wrong = fmt(Number(num) + 10 ** -d, d);
      const altered = copy.slice(0, numAt) + wrong + copy.slice(numAt + num.length);
      sites.push({
        kind: 'repeat (summary)',
        start: firstBreak,
        end: firstBreak,
        replacement: `${altered}\n`,
        control: false,
        note: `${copy} → ${wrong}`,
        span: { start: firstBreak + numAt, end: firstBreak + numAt + wrong.length },
      });
    }
  }
  const LONG = new RegExp(`([\\u4e00-\\u9fff]{8})${NUM}${UNIT}`, 'gu');
  const seen = new Map();
  for (const m of text.matchAll(LONG)) {
    const key = m[0];
    const numAt = m.index + m[1].length;
    if (!seen.has(key)) {
      seen.set(key, numAt);
      continue;
    }
    if (seen.get(key) === -1) continue;
    seen.set(key, -1);
    const num = m[2];
    for (let k = 0; k < VARIANTS; k++) {
      const d = decimalsOf(num);
      let wrong = fmt(Number(num) * (1 + sign() * uniform(0.02, 0.1)), d);
      if (wrong === num) wrong = fmt(Number(num) + 10 ** -d, d);
      sites.push({
        kind: 'repeat (in place)',
        start: numAt,
        end: numAt + num.length,
        replacement: wrong,
        control: false,
        note: m[0],
      });
    }
  }
  return sites;
}

function flagged(findings, span) {
  return findings.some(
    (f) => f.status === 'inconsistent' && f.figures.some((g) => g.range.start < span.end && span.start < g.range.end),
  );
}

const results = { seed: SEED, variants: VARIANTS, originals: [], types: {} };
let totalChars = 0;
let totalAlarms = 0;
for (const doc of docs) {
  const analysis = await analyzeText(doc.text);
  const findings = runChecks(doc.text, analysis);
  const chars = [...doc.text].length;
  totalChars += chars;
  const alarms = findings.filter((f) => f.status === 'inconsistent');
  totalAlarms += alarms.length;
  results.originals.push({
    doc: doc.name,
    chars,
    findings: findings.length,
    inconsistent: alarms.map((f) => ({ line: f.line + 1, check: f.check, message: f.message })),
  });
  for (const site of sitesOf(doc.text)) {
    const altered = doc.text.slice(0, site.start) + site.replacement + doc.text.slice(site.end);
    const span = site.span ?? { start: site.start, end: site.start + site.replacement.length };
    const hit = flagged(runChecks(altered, await analyzeText(altered)), span);
    const t = (results.types[site.kind] ??= {
      injected: 0,
      found: 0,
      controls: 0,
      controlAlarms: 0,
      misses: [],
      flaggedControls: [],
    });
    if (site.control) {
      t.controls++;
      if (hit) {
        t.controlAlarms++;
        t.flaggedControls.push(`${doc.name}: ${site.note}`);
      }
    } else {
      t.injected++;
      if (hit) t.found++;
      else t.misses.push(`${doc.name}: ${site.note} → ${site.replacement}`);
    }
  }
}

console.log(
  `Checks evaluation (seed ${SEED}, ${VARIANTS} variants per site), ${docs.length} reports, ${totalChars} characters\n`,
);
console.log('False alarms on the unaltered reports (every one listed for hand-checking):');
for (const o of results.originals) {
  console.log(`  ${o.doc}: ${o.findings} findings, ${o.inconsistent.length} inconsistent`);
  for (const f of o.inconsistent) console.log(`    line ${f.line} ${f.check}: ${f.message}`);
}
const per10k = (totalAlarms / totalChars) * 10000;
console.log(
  `  total: ${totalAlarms} inconsistencies in ${totalChars} characters = ${per10k.toFixed(2)} per 10,000 characters\n`,
);
console.log('Injected errors (found = an inconsistent finding names the altered figure):');
console.log('  type                  injected  found  recall   controls  flagged controls');
let inj = 0;
let found = 0;
for (const [kind, t] of Object.entries(results.types).sort()) {
  inj += t.injected;
  found += t.found;
  const recall = t.injected ? `${((100 * t.found) / t.injected).toFixed(1)} %` : '—';
  console.log(
    `  ${kind.padEnd(22)}${String(t.injected).padStart(8)}${String(t.found).padStart(7)}${recall.padStart(9)}${String(t.controls).padStart(11)}${String(t.controlAlarms).padStart(18)}`,
  );
}
console.log(
  `  all types             ${String(inj).padStart(8)}${String(found).padStart(7)}${`${((100 * found) / Math.max(1, inj)).toFixed(1)} %`.padStart(9)}`,
);
const verbose = args.includes('--verbose');
for (const [kind, t] of Object.entries(results.types)) {
  for (const m of verbose ? t.misses : t.misses.slice(0, 3))
    console.log(`  missed (${kind}): ${m.replace(/\n/g, ' ')}`);
  for (const c of t.flaggedControls) console.log(`  flagged control (${kind}): ${c.replace(/\n/g, ' ')}`);
}
results.falseAlarmsPer10k = per10k;
results.recall = found / Math.max(1, inj);
if (JSON_OUT) writeFileSync(JSON_OUT, JSON.stringify(results, null, 2));

// ---- 4. sources against real pairs ----
const MIRROR = opt('mirror', null);
if (MIRROR) {
  const { decodeBytes } = require(join(out, 'text', 'report-file.js'));
  const { loadSegmenter } = require(join(out, 'text', 'segmenter.js'));
  const { readHtml } = require(join(out, 'sources', 'html-source.js'));
  const { sourceFromBytes, sourceFormatOf } = require(join(out, 'sources', 'read.js'));
  const { readPdfPages } = require(join(out, 'sources', 'pdf-source.js'));
  const { matchReport } = require(join(out, 'sources', 'match.js'));
  const gold = JSON.parse(readFileSync(join(root, 'scripts', 'eval-sources.gold.json'), 'utf8'));
  const segmenter = loadSegmenter();
  const bytesOf = (file) =>
    execFileSync('git', ['--git-dir', MIRROR, 'show', `${gold.commit}:${gold.dir}/${file}`], { maxBuffer: 1 << 26 });
  const show = (file) => decodeBytes(bytesOf(file)).text;
  const squash = (t) => t.replace(/\s+/gu, '');
  // A PDF report is read as its pages' text joined by line breaks, as the PDF source reader reads it.
  const reportText = async (file) =>
    file.endsWith('.pdf')
      ? (await readPdfPages(bytesOf(file))).join('\n')
      : file.endsWith('.html')
        ? readHtml(show(file)).text
        : show(file);
  // Gold source places: [line, text] or, in a PDF, [line on the page, text, page].
  const placeOf = (loc) => (loc.page !== undefined ? `page ${loc.page} line ${loc.line}` : `line ${loc.line}`);
  // --list: every figure the matcher found in the source, for the hand check in docs/checks-eval.md.
  const LIST = args.includes('--list');
  const samePlace = (loc, g) => loc.line === g.source[0] && (g.source[2] === undefined || loc.page === g.source[2]);
  const keyOf = (line, text) => `${line}\u0000${squash(text)}`;
  let goldCount = 0;
  let rightFigure = 0;
  let rightOutcome = 0;
  let altered = 0;
  let alteredFound = 0;
  const wrong = [];
  const missed = [];
  console.log(`\nSources: ${gold.pairs.length} real pairs from ${gold.repo} @ ${gold.commit.slice(0, 12)}`);
  for (const pair of gold.pairs) {
    const text = await reportText(pair.report);
    const source = await sourceFromBytes(pair.source, sourceFormatOf(pair.source), bytesOf(pair.source), segmenter);
    const analysis = await analyzeText(text);
    const results = matchReport(text, analysis.metrics, source);
    const byKey = new Map(results.map((r) => [keyOf(r.metric.line + 1, r.metric.text), r]));
    const goldKeys = new Map(pair.gold.map((g) => [keyOf(g.report[0], g.report[1]), g]));
    let pairRight = 0;
    for (const g of pair.gold) {
      goldCount++;
      const r = byKey.get(keyOf(g.report[0], g.report[1]));
      const found =
        r &&
        r.outcome !== 'not-in-source' &&
        samePlace(r.source.location, g) &&
        squash(r.source.text) === squash(g.source[1]);
      if (found) {
        rightFigure++;
        pairRight++;
        if (r.outcome === g.expect) rightOutcome++;
        else
          missed.push(
            `${pair.name} L${g.report[0]} ${g.report[1]}: right figure, outcome ${r.outcome} (expected ${g.expect})`,
          );
      } else {
        missed.push(
          `${pair.name} L${g.report[0]} ${g.report[1]} → ${g.source[1]}: ${r ? r.outcome : 'no metric with a subject'}`,
        );
      }
      // The same quantity with the report's figure altered 2–10 %: must come out as "differs" against it.
      if (found && r.outcome === 'matches') {
        const m = analysis.metrics.find((x) => x.id === r.metric.id);
        const num = /\d[\d,]*(?:\.\d+)?/u.exec(m.text);
        if (!num) continue;
        const at = m.range.start + num.index;
        const d = decimalsOf(num[0]);
        let wrongValue = fmt(Number(num[0].replace(/,/g, '')) * (1 + sign() * uniform(0.02, 0.1)), d);
        if (wrongValue === num[0]) wrongValue = fmt(Number(num[0]) + 10 ** -d, d);
        const alteredText = text.slice(0, at) + wrongValue + text.slice(at + num[0].length);
        const a2 = await analyzeText(alteredText);
        const r2 = matchReport(alteredText, a2.metrics, source).find(
          (x) => x.metric.line + 1 === g.report[0] && x.metric.range.start === m.range.start,
        );
        altered++;
        if (r2 && r2.outcome === 'differs' && samePlace(r2.source.location, g)) alteredFound++;
        else
          missed.push(
            `${pair.name} L${g.report[0]} ${g.report[1]} altered to ${wrongValue}: ${r2 ? r2.outcome : 'lost'}`,
          );
      }
    }
    for (const r of results) {
      if (r.outcome === 'not-in-source') continue;
      const g = goldKeys.get(keyOf(r.metric.line + 1, r.metric.text));
      const same = g && samePlace(r.source.location, g) && squash(r.source.text) === squash(g.source[1]);
      if (!same)
        wrong.push(
          `${pair.name} L${r.metric.line + 1} ${r.metric.text} (${r.metric.subject}) ${r.outcome} ${r.source.text} at ${placeOf(r.source.location)} (${r.source.subject})`,
        );
    }
    if (LIST)
      for (const r of results)
        if (r.outcome !== 'not-in-source')
          console.log(
            `    found: ${pair.name} L${r.metric.line + 1} ${squash(r.metric.text)} ${r.outcome} ${squash(r.source.text)} at ${placeOf(r.source.location)}: ${squash(r.source.quote).slice(0, 60)}`,
          );
    const counts = { matches: 0, differs: 0, 'not-in-source': 0 };
    for (const r of results) counts[r.outcome]++;
    console.log(
      `  ${pair.name.padEnd(13)} report metrics ${String(results.length).padStart(4)}  matches ${String(counts.matches).padStart(3)}  differs ${String(counts.differs).padStart(3)}  gold ${pair.gold.length}, right source figure ${pairRight}`,
    );
  }
  console.log(`  report figures that the source also states (gold): ${goldCount}`);
  console.log(
    `  matched to the right source figure: ${rightFigure} = ${((100 * rightFigure) / goldCount).toFixed(1)} %`,
  );
  console.log(
    `  ... with the right outcome (matches/differs): ${rightOutcome} = ${((100 * rightOutcome) / goldCount).toFixed(1)} %`,
  );
  console.log(`  figures matched to a different quantity: ${wrong.length}`);
  for (const w of wrong) console.log(`    wrong: ${w}`);
  console.log(
    `  matching report figures altered 2–10 %: ${altered}, reported as differing from the right figure: ${alteredFound}`,
  );
  for (const m of missed) console.log(`    miss: ${m}`);
  results.sources = { gold: goldCount, rightFigure, rightOutcome, wrongQuantity: wrong, altered, alteredFound, missed };
  if (JSON_OUT) writeFileSync(JSON_OUT, JSON.stringify(results, null, 2));
}
