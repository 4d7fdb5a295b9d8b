// A tag's history reads as words in the card, whatever the entry holds.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { describeHistoryChange, type HistoryWords } from '../../src/core/annotations/history-text';

const words: HistoryWords = {
  status: 'Status',
  sourceAdded: 'Source added',
  sources: 'Sources',
  noSources: 'none',
  note: 'Note',
  noteCleared: 'Note cleared',
  reattached: 'Reattached',
  statusLabel: (id) => ({ disputed: 'Disputed', verified: 'Verified' })[id] ?? id,
};

test('status, sources and note as the card saves them', () => {
  assert.equal(
    describeHistoryChange(
      {
        status: 'disputed',
        sources: [{ citation: '省统计局《2025年统计公报》表1', quote: '3.20万亿元' }],
        note: '公报为3.20万亿元',
      },
      words,
    ),
    'Status: Disputed · Sources: 省统计局《2025年统计公报》表1 · “3.20万亿元” · Note: 公报为3.20万亿元',
  );
});

test('a tag command adding one source; an unknown status id is shown as it is', () => {
  assert.equal(
    describeHistoryChange({ status: 'house-style', source: { url: 'https://example.org/t1' } }, words),
    'Status: house-style · Source added: https://example.org/t1',
  );
});

test('sources removed, a note cleared, a reattachment and a field of a later version', () => {
  assert.equal(
    describeHistoryChange(
      { sources: [], note: '  ', reattached: { start: 1, end: 4 }, reviewer2: { ok: true } },
      words,
    ),
    'Sources: none · Note cleared · Reattached · reviewer2: {"ok":true}',
  );
});

test('a long note is cut to one line', () => {
  const line = describeHistoryChange({ note: `第一行\n${'很长'.repeat(100)}` }, words);
  assert.ok(!line.includes('\n'));
  assert.ok(line.length <= 'Note: '.length + 120, String(line.length));
  assert.ok(line.endsWith('…'));
});
