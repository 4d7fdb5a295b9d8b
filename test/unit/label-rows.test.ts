// Label-and-count rows (text/label-rows.ts): a row is short, so its line is found by a bounded scan; a run of rows is
// found at the text's edges and after a long line, and a long line of prose is never a row.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { inLabelCountRun, labelOfCountRow } from '../../src/core/text/label-rows';

const rowsAfter = (lead: string) => `${lead}Investigations Opened 179\nInvestigations Closed 232\nArrests 51`;

test('a run of label-and-count rows names each count by its label, at the text edges and after a long line', () => {
  for (const lead of ['', 'Summary\n', `${'A long paragraph of prose with no figure in it. '.repeat(40)}\n`]) {
    const text = rowsAfter(lead);
    for (const [figure, label] of [
      ['179', 'Investigations Opened'],
      ['232', 'Investigations Closed'],
      ['51', 'Arrests'],
    ]) {
      const at = text.lastIndexOf(figure);
      assert.equal(labelOfCountRow(text, at, at + figure.length), label, `${label} after ${lead.length} characters`);
    }
  }
});

test('a single row and a long line are no run of rows', () => {
  const alone = 'The report follows.\nArrests 51\nThe end of the report.';
  const at = alone.indexOf('51');
  assert.equal(labelOfCountRow(alone, at, at + 2), null);
  const long = `${'Increases were recorded in ABCDEFGHIJ (1.0%), KLMNOPQRST (0.9%) '.repeat(100)}Arrests 51`;
  const end = long.lastIndexOf('51');
  assert.equal(labelOfCountRow(long, end, end + 2), null);
  assert.equal(inLabelCountRun(long, 0, long.length), false);
});
