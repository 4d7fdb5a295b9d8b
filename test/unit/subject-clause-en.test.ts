// The English clause model: the governing verb of a figure and that verb's subject, read from real sentences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { clauseSubject, readClause, sentenceStartBefore, tokenize } from '../../src/core/metrics/subject-en';

/** Reads the clause of the figure `figure` in `text` (its first occurrence). */
function read(text: string, figure: string) {
  const at = text.indexOf(figure);
  assert.ok(at >= 0, `${figure} not in the text`);
  return readClause(text, sentenceStartBefore(text, 0, at), at);
}

function subjectOf(text: string, figure: string, current: string | null): string | null {
  const at = text.indexOf(figure);
  const end = at + figure.length;
  return clauseSubject({ text, windowStart: 0, numberStart: at, spanEnd: end, clauseEnd: text.length }, current);
}

test('the tokenizer keeps a figure whole and splits at commas, semicolons and colons', () => {
  const tokens = tokenize('Sales rose $1,250.5 million, or 3.4%; prices: flat', 0, 50).map((t) => t.text);
  assert.deepEqual(tokens, ['Sales', 'rose', '$1,250.5', 'million', ',', 'or', '3.4%', ';', 'prices', ':', 'flat']);
});

test('the governing verb is the nearest verb before the figure, its subject the noun phrase before it', () => {
  const r = read('The price index for imported fuels fell 2.1 percent in May.', '2.1 percent');
  assert.equal(r?.verb, 'fell');
  assert.equal(r?.subject, 'The price index for imported fuels');
});

test('a fronted adverbial or subordinate clause is cut away; a fronted "For <group>," is kept as a restriction', () => {
  assert.equal(
    read('Then as the storm neared, retail diesel prices in Georgia rose 8 cents.', '8 cents')?.subject,
    'retail diesel prices in Georgia',
  );
  const r = read('For households headed by women, it increased 1.2 percent.', '1.2 percent');
  assert.equal(r?.subject, 'it');
  assert.equal(r?.restriction, 'For households headed by women');
});

test('an insertion between the subject and its verb (a relative clause, an alternative name) is dropped', () => {
  assert.equal(
    read('Exports to Canada, which include crude oil, or about a third of the total, rose 4 percent.', '4 percent')
      ?.subject,
    'Exports to Canada',
  );
});

test('a noun of the same spelling as a verb is not taken for the verb ("the largest increase")', () => {
  const r = read('Spending on food rose, the largest increase since the rise from 2.2%.', '2.2%');
  assert.equal(r?.verb, 'rose');
});

test('an agent verb with the figure as its object gives no reading (the counted noun is the subject)', () => {
  assert.equal(read('State police recorded 4,210 burglaries.', '4,210'), null);
});

test('a figure in an open bracket after a noun phrase gives no reading; a restatement of a figure does', () => {
  assert.equal(read('These measures remain below their 2019 levels (63.3 percent).', '63.3 percent'), null);
  assert.equal(read('Receipts rose by $5.8 billion (2.4 percent).', '2.4 percent')?.subject, 'Receipts');
});

test('a count of places reads as the places where the subject moved, with the group after the count', () => {
  const text = 'Uninsured rates dropped in 17 states for children.';
  assert.equal(subjectOf(text, '17 states', 'Uninsured rates'), 'states where Uninsured rates for children dropped');
});

test('a pronoun takes the subject of the sentence before, restricted by a fronted group', () => {
  const text =
    'The poverty rate for all families fell in 2023.\n\nFor families with children, it fell 0.9 percentage points.';
  assert.equal(
    subjectOf(text, '0.9 percentage points', 'families with children'),
    'The poverty rate for families with children',
  );
});

test('a bare head takes its modifiers from the label before', () => {
  const text = 'Public coverage for adults age 65 and older between 2019 and 2023:\n\nRates rose in 12 states.';
  assert.equal(
    subjectOf(text, '12 states', 'Rates'),
    'states where Public coverage rates for adults age 65 and older rose',
  );
});

test("the cascade's phrase stands when it is a noun phrase of its own", () => {
  const text = 'The trade deficit widened by $3.1 billion.';
  assert.equal(subjectOf(text, '$3.1 billion', 'trade deficit'), 'trade deficit');
});

test('a runaway sentence is read within a bounded window', () => {
  const text = `${'and the stocks of crude oil '.repeat(40_000)}rose 2 percent.`;
  const at = text.indexOf('2 percent');
  assert.ok(sentenceStartBefore(text, 0, at) >= at - 400);
  assert.ok(read(text, '2 percent'));
});
