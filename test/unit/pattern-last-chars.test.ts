// The last characters of a pattern's matches (src/core/text/pattern-last-chars.ts), which let the
// Chinese subject's tail pattern skip subjects it cannot trim: the set must hold every character a
// real match ends with, or a tail would be left on a subject.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { patternLastChars } from '../../src/core/text/pattern-last-chars';
import { alternation } from '../../src/core/rules/subject-types';
import { ZH_SUBJECT_TAIL } from '../../src/core/rules/zh/subjects';

const chars = (source: string) => {
  const set = patternLastChars(source);
  return set === null ? null : [...set].sort().join('');
};

test('literals, alternation and optional endings', () => {
  assert.equal(chars('同比'), '比');
  assert.equal(chars('升值|贬值|回落'), '值落');
  assert.equal(chars('上涨了?'), '了涨');
  assert.equal(chars('(?:分别)?(?:维持(?:在)?)?年息'), '息');
  assert.equal(chars('持平(?:于|在)?'), '于在平');
  assert.equal(chars('a(?:b|c?)d*'), 'abcd');
});

test('quantifiers, including lazy ones and a zero count', () => {
  assert.equal(chars('[^，]{0,8}?(?:年|月)'), '年月');
  assert.equal(chars('a{2,}'), 'a');
  assert.equal(chars('ab{0}'), 'a');
  assert.equal(chars('ab{0,0}?'), 'a');
  assert.equal(chars('a(?:bc)+'), 'c');
});

test('lookarounds and anchors consume nothing', () => {
  assert.equal(chars('(?<![上下])[升降]'), '升降');
  assert.equal(chars('超(?=过)'), '超');
  assert.equal(chars('由(?![於于])'), '由');
  assert.equal(chars('(?<=(?:比|较)[^，]{0,5}?)少$'), '少');
  assert.equal(chars('^均\\b'), '均');
});

test('classes, ranges and escapes', () => {
  assert.equal(chars('[（(﹙][^（）]{0,8}下同[）)﹚]'), ')﹚）');
  assert.equal(chars('\\d{1,2}年|[a-c]'), 'abc年');
  assert.equal(chars('x\\d'), '0123456789');
  assert.equal(chars('\\u4e00|\\)|[\\-\\]]'), ')-]一');
});

test('an ending that can be any character gives null', () => {
  assert.equal(chars('由[^，]'), null);
  assert.equal(chars('a.'), null);
  assert.equal(chars('a\\w?'), null);
  assert.equal(chars('[\\p{L}]'), null);
  assert.equal(chars('(a)\\1'), null);
});

test("the Chinese subject tail's set is read, and holds the last character of every tail it trims", () => {
  const last = patternLastChars(alternation(ZH_SUBJECT_TAIL));
  assert.ok(last, 'the tail pattern must stay readable, or every subject pays for it');
  const tail = new RegExp(`${alternation(ZH_SUBJECT_TAIL)}+$`, 'u');
  // Every prefix of every clause of the project's Chinese texts: each ends where a subject could.
  const root = join(__dirname, '..', '..', '..');
  const texts = [join(root, 'samples', 'zh-annual-review.txt')];
  for (const dir of readdirSync(join(root, 'test', 'corpus'))) {
    for (const f of readdirSync(join(root, 'test', 'corpus', dir))) texts.push(join(root, 'test', 'corpus', dir, f));
  }
  const chinese = texts.map((f) => readFileSync(f, 'utf8')).filter((t) => /[\u4e00-\u9fff]{20}/u.test(t));
  let trimmed = 0;
  const missed: string[] = [];
  for (const clause of chinese.join('\n').split(/[，。；：,;\n]/)) {
    for (let end = 1; end <= clause.length; end++) {
      const s = clause.slice(0, end);
      const m = tail.exec(s);
      if (!m || m[0] === '') continue;
      trimmed++;
      if (!last.has(s[s.length - 1])) missed.push(s);
    }
  }
  assert.ok(trimmed > 1000, `only ${trimmed} prefixes end in a tail`);
  assert.deepEqual(missed, []);
});
