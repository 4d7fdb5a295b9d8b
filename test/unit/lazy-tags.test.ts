// The engine asks nodejieba for a sentence's words only when a figure in it needs them: a
// sentence whose numbers are all refused early (years, dates) is never tagged, a sentence with
// a metric is tagged once, and the result is the one the plain segmenter gives.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeSync } from '../../src/core/analyze';
import { loadSegmenter, type Segmenter } from '../../src/core/text/segmenter';

const jieba = loadSegmenter();

/** The real segmenter, recording what it was asked to tag. */
function recording(inner: Segmenter): { segmenter: Segmenter; tagged: string[] } {
  const tagged: string[] = [];
  return {
    tagged,
    segmenter: { name: 'recording', tag: (text, offset) => (tagged.push(text), inner.tag(text, offset)) },
  };
}

const TEXT =
  '2024年3月15日，市政府召开会议。\n\n' +
  '全市共立案131起，同比下降68.05%；破案91起，破案率达69.47%。\n\n' +
  '会议强调要坚持改革开放。';

test(
  'only sentences whose figures need words are tagged, each once',
  { skip: !jieba && 'nodejieba unavailable' },
  () => {
    const { segmenter, tagged } = recording(jieba!);
    analyzeSync(TEXT, { segmenter });
    assert.equal(
      tagged.filter((t) => t.includes('2024年')).length,
      0,
      `a sentence of dates only was tagged: ${tagged.join(' | ')}`,
    );
    assert.equal(
      tagged.filter((t) => t.includes('立案131起')).length,
      1,
      `the sentence with metrics: ${tagged.join(' | ')}`,
    );
    assert.equal(tagged.filter((t) => t.includes('改革开放')).length, 0, 'a sentence without numbers was tagged');
  },
);

test(
  'tagging on demand gives the same analysis as the segmenter itself',
  { skip: !jieba && 'nodejieba unavailable' },
  () => {
    const { segmenter } = recording(jieba!);
    assert.deepEqual(analyzeSync(TEXT, { segmenter }), analyzeSync(TEXT, { segmenter: jieba }));
    const withTags = analyzeSync(TEXT, { segmenter: jieba });
    assert.ok(withTags.metrics.some((m) => m.text === '131起' && m.subject));
  },
);
