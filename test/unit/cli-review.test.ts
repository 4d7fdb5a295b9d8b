// The CLI as an editor uses it from a terminal: claims listed with id, line, offset and status;
// a claim picked by line or by its words; statuses in any case; a wrong offset explained; a
// figure edited after tagging shows as changed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { CLI, ROOT } from '../support/paths';

const cli = (...args: string[]) => {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    encoding: 'utf8',
    cwd: ROOT,
    env: { ...process.env, COLUMNS: '160' },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};

function copyOfSample(): string {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-lens-cli-review-'));
  const report = path.join(d, 'report.txt');
  fs.copyFileSync(path.join(ROOT, 'samples', 'zh-annual-review.txt'), report);
  return report;
}

interface ClaimOut {
  id: string;
  text: string;
  status: string | null;
  changed: boolean;
}
const claimsOf = (report: string) =>
  (
    JSON.parse(cli('extract', report, '--claims', '--format', 'json', '--no-segmenter').stdout) as {
      documents: Array<{ claims: ClaimOut[] }>;
    }
  ).documents[0].claims;

test('extract --claims lists every claim with id, line, offset and review status', () => {
  const report = copyOfSample();
  const tagged = cli('tag', report, '--match', '破案287起', '--status', 'verified');
  assert.equal(tagged.code, 0, tagged.stderr);
  const table = cli('extract', report, '--claims', '--format', 'table', '--no-segmenter');
  assert.equal(table.code, 0, table.stderr);
  const rows = table.stdout.split('\n');
  assert.match(rows[0], /24 claims, 1 verified/);
  assert.match(rows[1], /^id\s+line\s+offset\s+status\s+type\s+text$/);
  const row = rows.find((r) => r.includes('破案287起'));
  assert.ok(row, 'the tagged claim has a row');
  const [id, line, offset, status] = row.split(/\s+/);
  const claims = claimsOf(report);
  const claim = claims.find((c) => c.id === id);
  assert.ok(claim, 'the id is a claim id the JSON knows');
  assert.equal(status, 'verified');
  const text = fs.readFileSync(report, 'utf8');
  assert.equal(text.indexOf('破案287起'), Number(offset));
  assert.equal(text.slice(0, Number(offset)).split('\n').length, Number(line));
  assert.equal(claims.filter((c) => c.status === 'verified').length, 1);
});

test('tag --line picks the only claim of a line; several on a line are listed, nothing is tagged', () => {
  const report = copyOfSample();
  const text = fs.readFileSync(report, 'utf8');
  const claims = (
    JSON.parse(cli('extract', report, '--format', 'json', '--no-segmenter').stdout) as {
      documents: Array<{ claims: Array<{ id: string; range: { start: number } }> }>;
    }
  ).documents[0].claims;
  const lineOf = (offset: number) => text.slice(0, offset).split('\n').length;
  const perLine = new Map<number, string[]>();
  for (const c of claims) perLine.set(lineOf(c.range.start), [...(perLine.get(lineOf(c.range.start)) ?? []), c.id]);
  const crowded = [...perLine].find(([, ids]) => ids.length > 1);
  const alone = [...perLine].find(([, ids]) => ids.length === 1);
  assert.ok(crowded && alone, 'the sample has lines with one claim and lines with several');
  const several = cli('tag', report, '--line', String(crowded[0]), '--status', 'verified');
  assert.equal(several.code, 1);
  assert.match(several.stderr, /\d+ claims start on line \d+; pick one with --claim ID/);
  for (const id of crowded[1]) assert.ok(several.stderr.includes(id), 'each candidate is listed with its id');
  assert.ok(!fs.existsSync(`${report}.annotations.json`), 'no sidecar written');
  const single = cli('tag', report, '--line', String(alone[0]), '--status', 'disputed');
  assert.equal(single.code, 0, single.stderr);
  assert.deepEqual(
    claimsOf(report)
      .filter((c) => c.status === 'disputed')
      .map((c) => c.id),
    alone[1],
  );
});

test('tag --match needs exactly one claim; statuses are read in any case or by label', () => {
  const report = copyOfSample();
  const many = cli('tag', report, '--match', '同比', '--status', 'verified');
  assert.equal(many.code, 1);
  assert.match(many.stderr, /claims contain "同比"/);
  const none = cli('tag', report, '--match', '不存在的文字', '--status', 'verified');
  assert.equal(none.code, 1);
  assert.match(none.stderr, /no claim contains/);
  assert.equal(cli('tag', report, '--match', '破案287起', '--status', 'Disputed').code, 0);
  assert.equal(cli('tag', report, '--match', '化解率达98.7%', '--status', 'Needs Source').code, 0);
  const statuses = claimsOf(report)
    .map((c) => c.status)
    .filter((s) => s !== 'unverified')
    .sort();
  assert.deepEqual(statuses, ['disputed', 'needs-source']);
  const bad = cli('tag', report, '--match', '破案287起', '--status', 'maybe');
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /unknown status "maybe" \(one of: unverified, verified/);
});

test('an offset outside every claim says what offsets are and how long the file is', () => {
  const report = copyOfSample();
  const length = fs.readFileSync(report, 'utf8').length;
  const r = cli(
    'tag',
    report,
    '--at',
    String(Buffer.byteLength(fs.readFileSync(report, 'utf8')) - 1),
    '--status',
    'verified',
  );
  assert.equal(r.code, 1);
  assert.match(r.stderr, /offsets are UTF-16 code units into the decoded text \(this file has (\d+)\), not bytes/);
  assert.match(r.stderr, new RegExp(`this file has ${length}\\)`));
  assert.match(r.stderr, /--line N or --match TEXT/);
});

test('a claim reworded after it was verified shows as changed in the claim list', () => {
  const report = copyOfSample();
  assert.equal(cli('tag', report, '--match', '破案287起', '--status', 'verified').code, 0);
  // reworded with the same figures: the tag follows (a changed figure would orphan it instead)
  fs.writeFileSync(report, fs.readFileSync(report, 'utf8').replace('破案287起，', '共破获案件287起，'));
  const edited = claimsOf(report).find((c) => c.text.includes('共破获案件287起'));
  assert.ok(edited);
  assert.equal(edited.status, 'verified');
  assert.equal(edited.changed, true);
  const table = cli('extract', report, '--claims', '--format', 'table', '--no-segmenter').stdout;
  assert.match(table, /verified \(changed\)\s+statistic\s+共破获案件287起/);
});
