// The TextMate grammar of the policy-report language: its patterns compile, and change words are
// coloured as changes only where they are verbs (增长5.4%), not inside nouns (工业增加值, 增长率).
// The patterns are read with JavaScript's RegExp, which accepts the Oniguruma subset they use.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROOT } from '../support/paths';

interface Rule {
  match?: string;
}
const grammar = JSON.parse(fs.readFileSync(path.join(ROOT, 'syntaxes', 'policy-report.tmLanguage.json'), 'utf8')) as {
  repository: Record<string, Rule & { patterns?: Rule[] }>;
};

test('every match pattern of the grammar compiles', () => {
  for (const [name, rule] of Object.entries(grammar.repository))
    for (const r of [rule, ...(rule.patterns ?? [])])
      if (r.match) assert.doesNotThrow(() => new RegExp(r.match!, 'u'), `${name}: ${r.match}`);
});

test('change words are changes as verbs, not inside 增加值 or 增长率', () => {
  const change = new RegExp(grammar.repository.change.match!, 'gu');
  const found = (text: string) => [...text.matchAll(change)].map((m) => m[0]);
  assert.deepEqual(found('规模以上工业增加值增长6.8%'), ['增长']);
  assert.deepEqual(found('同比增长5.4%，增加120人'), ['同比增长', '增加']);
  assert.deepEqual(found('经济增长率为5%，减少量为3吨'), []);
  assert.deepEqual(found('Exports rose by 3%'), ['rose']);
});
