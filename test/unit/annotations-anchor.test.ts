// Anchoring under random edit scripts. Every character of the text carries its origin
// (its index in the original text, or "inserted", or "copied"), so the test knows, without
// asking the code under test, what text an annotation sits on. After every script each
// annotation must be orphaned or sit on its own sentence: original characters from inside
// its quote, or text typed into it; never characters from elsewhere, never a copy.
import { test } from 'node:test';
import { prng } from '../support/prng';
import assert from 'node:assert/strict';
import { applyEdit, makeAnchor, reanchor, similarity } from '../../src/core/annotations/anchor';
import type { Anchor } from '../../src/core/annotations/model';

const INSERTED = -1;
const COPIED = -2;

const WORDS = [
  '全市',
  '公安机关',
  '破获',
  '刑事案件',
  '抓获',
  '犯罪嫌疑人',
  '同比下降',
  '同比上升',
  '群众',
  '满意度',
  '达到',
  '开展',
  '专项行动',
  '排查',
  '整治',
  '隐患',
  '该局',
  '累计',
  '派出所',
  '巡逻',
  '警情',
  '电诈',
  '挽回',
  '经济损失',
  '万元',
  '起',
  '名',
  '个',
];

function sentence(rand: () => number, i: number): string {
  let s = '';
  const n = 6 + Math.floor(rand() * 10);
  for (let k = 0; k < n; k++) {
    s += WORDS[Math.floor(rand() * WORDS.length)];
    if (rand() < 0.25) s += String(Math.floor(rand() * 5000));
    if (k === 3 && rand() < 0.5) s += '，';
  }
  return `${s}第${i}项${rand() < 0.8 ? '。' : '；'}`;
}

interface Tracked {
  anchor: Anchor | null; // live-tracked
  original: Anchor; // as saved before the script, for reopen-and-reanchor
  qs: number;
  qe: number;
}

/** Checks that [start, end) holds only characters of the quote [qs, qe) or text typed into it. */
function onOwnText(origins: number[], start: number, end: number, qs: number, qe: number): boolean {
  let own = 0;
  for (let i = start; i < end; i++) {
    const o = origins[i];
    if (o === INSERTED) continue;
    if (o === COPIED || o < qs || o >= qe) return false;
    own++;
  }
  return own > 0;
}

/**
 * After a reopen, text is all there is: when the characters at a sentence's edge were
 * deleted and the neighbour's identical characters now touch it, no method can tell them
 * apart. Allow that much edge slack (a few characters), never a different sentence.
 */
function mostlyOwnText(
  origins: number[],
  start: number,
  end: number,
  qs: number,
  qe: number,
): { ok: boolean; strict: boolean } {
  let own = 0;
  let foreign = 0;
  for (let i = start; i < end; i++) {
    const o = origins[i];
    if (o === INSERTED) continue;
    if (o === COPIED || o < qs || o >= qe) foreign++;
    else own++;
  }
  return {
    ok: own > 0 && foreign <= Math.max(2, Math.floor((end - start) * 0.1)) && own >= 4 * foreign,
    strict: foreign === 0 && own > 0,
  };
}

const ROUNDS = 100;
const EDITS = 30;

test(`random edit scripts: every annotation stays on its own text or is orphaned (${ROUNDS} scripts × ${EDITS} edits)`, () => {
  const rand = prng(424242);
  const totals = {
    live: { anchored: 0, orphaned: 0 },
    reopen: { anchored: 0, orphaned: 0, edgeSlack: 0, byMethod: {} as Record<string, number> },
    intact: 0,
    intactAnchored: 0,
  };
  for (let round = 0; round < ROUNDS; round++) {
    const sentences = Array.from({ length: 20 }, (_, i) => sentence(rand, i));
    const original = sentences.join('');
    let text = original;
    let origins = Array.from(original, (_, i) => i);
    // annotate 10 sentences
    const starts: number[] = [];
    let pos = 0;
    for (const s of sentences) {
      starts.push(pos);
      pos += s.length;
    }
    const tracked: Tracked[] = [];
    for (let i = 0; i < 20; i += 2) {
      const qs = starts[i];
      const qe = qs + sentences[i].length;
      const a = makeAnchor(original, qs, qe, 'sha');
      tracked.push({ anchor: a, original: a, qs, qe });
    }
    for (let e = 0; e < EDITS; e++) {
      const r = rand();
      let start = Math.floor(rand() * (text.length + 1));
      let end = start;
      let insert = '';
      let insertOrigins: number[] = [];
      if (r < 0.35) {
        insert = WORDS[Math.floor(rand() * WORDS.length)];
        insertOrigins = Array(insert.length).fill(INSERTED);
      } else if (r < 0.6) {
        end = Math.min(text.length, start + 1 + Math.floor(rand() * 8));
      } else if (r < 0.8) {
        end = Math.min(text.length, start + 1 + Math.floor(rand() * 6));
        insert = WORDS[Math.floor(rand() * WORDS.length)];
        insertOrigins = Array(insert.length).fill(INSERTED);
      } else if (r < 0.9) {
        // delete a whole sentence-sized run
        end = Math.min(text.length, start + 20 + Math.floor(rand() * 60));
      } else {
        // duplicate a stretch of text (often a whole annotated sentence) somewhere else
        const from = tracked[Math.floor(rand() * tracked.length)];
        const src = from.anchor ? from.anchor.position : { start: Math.floor(rand() * text.length), end: 0 };
        const srcEnd = src.end > src.start ? src.end : Math.min(text.length, src.start + 30);
        insert = text.slice(src.start, srcEnd);
        insertOrigins = Array(insert.length).fill(COPIED);
        // …at a sentence boundary elsewhere (where a quoted sentence would be), not where the original stood
        const boundaries = [...text.matchAll(/[。；]/g)]
          .map((m) => m.index + 1)
          .filter((b) => b < src.start - 40 || b > srcEnd + 40);
        start = end = boundaries.length ? boundaries[Math.floor(rand() * boundaries.length)] : text.length;
      }
      text = text.slice(0, start) + insert + text.slice(end);
      origins = [...origins.slice(0, start), ...insertOrigins, ...origins.slice(end)];
      for (const t of tracked) if (t.anchor) t.anchor = applyEdit(t.anchor, { start, end, text: insert }, text);
      // live invariant after every edit
      for (const t of tracked) {
        if (!t.anchor) continue;
        const { start: s, end: en } = t.anchor.position;
        assert.equal(t.anchor.quote.exact, text.slice(s, en));
        assert.ok(
          onOwnText(origins, s, en, t.qs, t.qe),
          `round ${round} edit ${e}: live anchor left its sentence: ${JSON.stringify(text.slice(s, en))}`,
        );
      }
    }
    // reopen: re-find the saved anchors in the edited text
    for (const t of tracked) {
      if (t.anchor) totals.live.anchored++;
      else totals.live.orphaned++;
      const intact =
        text.includes(t.original.quote.exact) &&
        onOwnText(
          origins,
          text.indexOf(t.original.quote.exact),
          text.indexOf(t.original.quote.exact) + t.original.quote.exact.length,
          t.qs,
          t.qe,
        );
      // An intact sentence that appears once must always be found again; with a verbatim copy
      // elsewhere and both contexts gone, orphaning is the right answer.
      const unique = intact && text.indexOf(t.original.quote.exact) === text.lastIndexOf(t.original.quote.exact);
      if (unique) totals.intact++;
      const r = reanchor(t.original, text);
      if (r.state === 'orphaned') {
        totals.reopen.orphaned++;
        continue;
      }
      totals.reopen.anchored++;
      totals.reopen.byMethod[r.method] = (totals.reopen.byMethod[r.method] ?? 0) + 1;
      if (unique) totals.intactAnchored++;
      // A verbatim copy of the sentence, when the sentence itself is gone, is the sentence moved.
      const moved = !intact && text.slice(r.range.start, r.range.end) === t.original.quote.exact;
      const check = moved ? { ok: true, strict: true } : mostlyOwnText(origins, r.range.start, r.range.end, t.qs, t.qe);
      if (!check.strict) totals.reopen.edgeSlack++;
      assert.ok(
        check.ok,
        `round ${round}: re-anchored (${r.method}, score ${r.score.toFixed(2)}) onto other text: ${JSON.stringify(text.slice(r.range.start, r.range.end))} for ${JSON.stringify(t.original.quote.exact)}`,
      );
    }
  }
  const n = ROUNDS * 10;
  console.log(
    `anchoring: live ${totals.live.anchored}/${n} anchored, ${totals.live.orphaned} orphaned; ` +
      `reopen ${totals.reopen.anchored}/${n} anchored (${JSON.stringify(totals.reopen.byMethod)}; ${totals.reopen.edgeSlack} with a few neighbouring characters at an edge), ${totals.reopen.orphaned} orphaned; ` +
      `intact unique quotes re-found ${totals.intactAnchored}/${totals.intact}`,
  );
  // A sentence that survived untouched must always be found again.
  assert.equal(totals.intactAnchored, totals.intact);
});

test('edits move an anchor like a tracked range', () => {
  const text = '第一句。全年破获刑事案件2316起。第三句。';
  const a = makeAnchor(text, 4, 18, 'x');
  const t1 = '前言。' + text;
  const a1 = applyEdit(a, { start: 0, end: 0, text: '前言。' }, t1)!;
  assert.equal(t1.slice(a1.position.start, a1.position.end), '全年破获刑事案件2316起。');
  const t2 = t1.replace('2316', '2317');
  const at = t1.indexOf('2316');
  const a2 = applyEdit(a1, { start: at, end: at + 4, text: '2317' }, t2)!;
  assert.equal(a2.quote.exact, '全年破获刑事案件2317起。');
  const t3 = t2.slice(0, a2.position.start) + t2.slice(a2.position.end);
  assert.equal(applyEdit(a2, { start: a2.position.start, end: a2.position.end, text: '' }, t3), null);
});

test('re-anchoring: position, then exact quote by context, then fuzzy; otherwise orphaned', () => {
  const text = '甲。全年破获刑事案件2316起，同比下降18.6%。乙。';
  const a = makeAnchor(text, 2, text.indexOf('乙'), 'x');
  assert.equal(reanchor(a, text).method, 'position');
  const moved = '新增一段话。' + text;
  assert.deepEqual(reanchor(a, moved).range, { start: 8, end: 8 + a.quote.exact.length });
  const edited = text.replace('2316', '2319');
  const f = reanchor(a, edited);
  assert.equal(f.method, 'fuzzy');
  assert.equal(edited.slice(f.range.start, f.range.end), '全年破获刑事案件2319起，同比下降18.6%。');
  assert.equal(reanchor(a, '完全不同的另一份报告。').state, 'orphaned');
  // two identical sentences: the one whose context matches wins
  const twice = '丙。全年破获刑事案件2316起，同比下降18.6%。丁。甲。全年破获刑事案件2316起，同比下降18.6%。乙。';
  const r = reanchor(a, twice);
  assert.equal(twice.slice(r.range!.start - 2, r.range!.start), '甲。');
  assert.ok(similarity('abc', 'abd') > 0.6);
});
