// jieba's user words for subjects (src/core/rules/zh/subjects.ts): with real nodejieba, each is one
// word in running text, so a subject is never cut inside it (零碳园区 once became 碳园区).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadSegmenter } from '../../src/core/text/segmenter';
import { ZH_SUBJECT_WORDS } from '../../src/core/rules/zh/subjects';

const jieba = loadSegmenter();

test(
  'every subject word is one word to jieba, alone and in a sentence',
  { skip: !jieba && 'nodejieba not loaded' },
  () => {
    const cut: string[] = [];
    for (const [word] of ZH_SUBJECT_WORDS) {
      for (const text of [word, `全年新增${word}12个，同比增长5%。`]) {
        if (!jieba!.tag(text).some((w) => w.word === word)) cut.push(`${word} in ${text}`);
      }
    }
    assert.deepEqual(cut, []);
  },
);
