// The segmenter tags with nodejieba's `cut` and a look-up of jieba's dictionaries in JS (src/core/text/word-tags.ts).
// With real nodejieba, every word and tag must equal nodejieba's own `tag` on the project's reports (simplified,
// traditional and English), on odd input, and for the words the engine inserts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { loadSegmenter } from '../../src/core/text/segmenter';
import { untaggedWordTag } from '../../src/core/text/word-tags';
import { ZH_SUBJECT_WORDS } from '../../src/core/rules/zh/subjects';

const segmenter = loadSegmenter();
const skip = !segmenter && 'nodejieba not loaded';
const root = path.join(__dirname, '..', '..', '..');

function reportTexts(): string[] {
  const files = fs.readdirSync(path.join(root, 'samples')).map((f) => path.join(root, 'samples', f));
  const walk = (dir: string): void => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.txt')) files.push(full);
    }
  };
  walk(path.join(root, 'test', 'corpus'));
  return files.map((f) => fs.readFileSync(f, 'utf8'));
}

function nativeTags(text: string): Array<{ word: string; tag: string }> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (require('nodejieba') as { tag(t: string): Array<{ word: string; tag: string }> }).tag(text);
}

function differences(texts: string[]): string[] {
  const out: string[] = [];
  for (const text of texts) {
    for (const piece of text.split(/(?<=[。；\n])/u)) {
      if (!piece) continue;
      const ours = segmenter!.tag(piece).map((w) => `${w.word}/${w.tag}`);
      const theirs = nativeTags(piece).map((w) => `${w.word}/${w.tag}`);
      if (ours.join(' ') !== theirs.join(' '))
        out.push(`${piece.slice(0, 40)}: ${ours.join(' ')} ≠ ${theirs.join(' ')}`);
    }
  }
  return out;
}

test("jieba's cut plus the dictionary look-up tags every report as nodejieba's tag does", { skip }, () => {
  const texts = reportTexts();
  assert.ok(texts.length >= 20, `only ${texts.length} report texts found`);
  assert.deepEqual(differences(texts).slice(0, 5), []);
});

test(
  'odd input tags as nodejieba does: ASCII, digits, full-width forms, astral characters, lone letters',
  { skip },
  () => {
    const cases = [
      'GDP增长5.2%，CPI上涨0.2%。',
      'a',
      '5',
      'ab中',
      '2025年',
      'x1中国y2',
      '１２３４５亿元，ａｂｃ。',
      '𠀋𠀋人口😀增长',
      'COVID-19疫情',
      '3G4G5G基站',
      '\u3000\u00a0 \t',
      'Policy Lens 读 2,565.3 亿元',
    ];
    assert.deepEqual(differences(cases), []);
  },
);

test('words inserted after loading take their given tags, as in nodejieba', { skip }, () => {
  const wrong: string[] = [];
  for (const [word, tag] of ZH_SUBJECT_WORDS) {
    const got = segmenter!.tag(word);
    if (got.length === 1 && got[0].tag !== tag) wrong.push(`${word}: ${got[0].tag} ≠ ${tag}`);
  }
  assert.deepEqual(wrong, []);
  assert.deepEqual(differences(ZH_SUBJECT_WORDS.map(([w]) => `全年新增${w}12个，同比增长5%。`)), []);
});

test("a word with no tagged entry: jieba's rule on its ASCII, read until half the word's length is ASCII", () => {
  assert.equal(untaggedWordTag('，'), 'x');
  assert.equal(untaggedWordTag('5'), 'x'); // one character: jieba's loop never runs
  assert.equal(untaggedWordTag('2025'), 'm');
  assert.equal(untaggedWordTag('5.2'), 'm'); // the loop stops after one ASCII character: '.' is never seen
  assert.equal(untaggedWordTag('GDP'), 'eng');
  assert.equal(untaggedWordTag('a1b2'), 'eng');
  assert.equal(untaggedWordTag('12ab'), 'm'); // two ASCII digits are half of four: the letters are never seen
  assert.equal(untaggedWordTag('中文ab'), 'eng');
  assert.equal(untaggedWordTag('中文'), 'x');
  assert.equal(untaggedWordTag('𠀋a'), 'eng'); // two runes (the first is two code units): one ASCII is half
  assert.equal(untaggedWordTag('𠀋𠀋'), 'x');
});
