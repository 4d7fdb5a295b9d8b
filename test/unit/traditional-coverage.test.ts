import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ALSO_SIMPLIFIED, missingTraditionalPairs, ruleCharacters } from '../support/traditional-coverage';
import { simplifiedOf } from '../../src/core/rules/zh/traditional';
import { foldTraditional } from '../../src/core/text/fold';

test('the script fold turns every traditional form of a character the Chinese rules read into that character', () => {
  assert.ok(ruleCharacters().size > 500, 'the rules were read');
  const missing = missingTraditionalPairs();
  assert.deepEqual(missing, [], `add to PAIRS in src/core/rules/zh/traditional.ts: ${missing.join('')}`);
});

test('characters that are ordinary simplified ones too are never folded', () => {
  for (const ch of ALSO_SIMPLIFIED) assert.equal(simplifiedOf(ch), undefined, ch);
  // A simplified report keeps its 显著 and 昇腾 whatever else it writes.
  assert.equal(foldTraditional('显著提升，昇腾芯片上升').text, '显著提升，昇腾芯片上升');
});

test('Hong Kong and Macao words the rules read fold to them (錄得, 記錄, 稱, 產)', () => {
  assert.equal(foldTraditional('總消費分別錄得增長').text, '总消费分别录得增长');
  assert.equal(foldTraditional('産值創歷史新高').text, '产值创历史新高');
});
