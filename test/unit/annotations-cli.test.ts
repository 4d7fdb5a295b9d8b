/* eslint-disable @typescript-eslint/no-explicit-any */
// policy-lens tag and export end to end: the built CLI, a real report and sidecar on disk,
// exports validated against the shipped schemas.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { CLI, ROOT } from '../support/paths';

const cli = (...args: string[]) => {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', cwd: ROOT });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};
const ajv = new Ajv2020({ allErrors: true });
addFormats(ajv);
const validateExport = ajv.compile(
  JSON.parse(fs.readFileSync(path.join(ROOT, 'schema', 'export.schema.json'), 'utf8')),
);
const validateSidecar = ajv.compile(
  JSON.parse(fs.readFileSync(path.join(ROOT, 'schema', 'annotations.schema.json'), 'utf8')),
);

test('tag a claim, edit the report outside the editor, export: the tag follows its sentence', () => {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-lens-review-'));
  const report = path.join(d, 'review.txt');
  const original = fs.readFileSync(path.join(ROOT, 'samples', 'zh-annual-review.txt'), 'utf8');
  fs.writeFileSync(report, original);
  const sentence = '破案287起，破案率达69.66%。';
  const at = original.indexOf(sentence) + 3;
  let r = cli(
    'tag',
    report,
    '--at',
    String(at),
    '--status',
    'verified',
    '--source',
    'https://example.org/2025-stats',
    '--quote',
    '破案率69.66%',
    '--note',
    'checked',
    '--author',
    'editor',
  );
  assert.equal(r.code, 0, r.stderr);
  r = cli(
    'tag',
    report,
    '--at',
    String(original.indexOf('全市建成智能安防小区') + 2),
    '--status',
    'disputed',
    '--source',
    '市统计局《统计公报》第3页',
  );
  assert.equal(r.code, 0, r.stderr);
  const sidecar: any = JSON.parse(fs.readFileSync(report + '.annotations.json', 'utf8'));
  assert.equal(validateSidecar(sidecar), true, JSON.stringify(validateSidecar.errors));
  assert.equal(sidecar.annotations.length, 2);

  // no claim there: a clear failure, nothing written
  const before = fs.readFileSync(report + '.annotations.json', 'utf8');
  r = cli('tag', report, '--at', '0', '--status', 'verified');
  assert.equal(r.code, 1);
  assert.match(r.stderr, /no claim at offset 0/);
  assert.equal(cli('tag', report, '--at', String(at), '--status', 'bogus').code, 2);
  assert.equal(fs.readFileSync(report + '.annotations.json', 'utf8'), before);

  // someone edits the report (a paragraph added on top, the tagged sentence reworded with its
  // figures kept, the other deleted)
  const reworded = '共破获案件287起，破案率达69.66%。';
  const edited = ('编者按：本文有修改。\n\n' + original)
    .replace(sentence, reworded)
    .replace(/全市建成智能安防小区[^；]*；/, '');
  fs.writeFileSync(report, edited);

  r = cli('export', report, '--format', 'json');
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stderr, /1 annotation\(s\) could not be re-anchored/);
  const out: any = JSON.parse(r.stdout);
  assert.equal(validateExport(out), true, JSON.stringify(validateExport.errors));
  const anns = out.documents[0].annotations;
  const verified = anns.find((a: { status: string }) => a.status === 'verified');
  assert.equal(verified.anchor.state, 'anchored');
  assert.equal(edited.slice(verified.anchor.range.start, verified.anchor.range.end), reworded);
  assert.equal(verified.anchor.quote.exact, sentence, 'the stored quote is what was tagged, until re-tagged');
  const claim = out.documents[0].claims.find((c: { id: string }) => c.id === verified.claimId);
  assert.equal(claim.text, reworded);
  const disputed = anns.find((a: { status: string }) => a.status === 'disputed');
  assert.equal(disputed.anchor.state, 'orphaned');
  assert.equal(disputed.anchor.range, null);
  assert.match(disputed.anchor.quote.exact, /智能安防小区/);

  // a figure changed is another claim: the tag is orphaned, not carried over
  fs.writeFileSync(report, edited.replace(reworded, '共破获案件289起，破案率达69.66%。'));
  r = cli('export', report, '--format', 'json');
  const afterFigure: any = JSON.parse(r.stdout);
  assert.equal(
    afterFigure.documents[0].annotations.find((a: { status: string }) => a.status === 'verified').anchor.state,
    'orphaned',
  );
  fs.writeFileSync(report, edited);

  // W3C Web Annotation: the model's required fields
  const w3c = JSON.parse(cli('export', report, '--format', 'w3c').stdout);
  assert.equal(w3c.type, 'AnnotationCollection');
  for (const a of w3c.first.items) {
    assert.equal(a['@context'], 'http://www.w3.org/ns/anno.jsonld');
    assert.equal(a.type, 'Annotation');
    assert.equal(a.motivation, 'assessing');
    assert.ok(a.id && a.target.source.startsWith('file://'));
    assert.ok(a.target.selector.some((s: { type: string }) => s.type === 'TextQuoteSelector'));
    assert.ok(a.body.some((b: { purpose: string }) => b.purpose === 'tagging'));
  }
  // CSV: a row per claim with its status
  const csv = cli('export', report, '--format', 'csv').stdout;
  assert.ok(csv.startsWith('\ufeffpath,claim_id'));
  assert.match(
    csv,
    /共破获案件287起，破案率达69\.66%。,statistic,[0-9.]+,2,verified,https:\/\/example\.org\/2025-stats “破案率69\.66%”,checked,editor/,
  );
});

test('export refuses a corrupt sidecar and leaves it as it is', () => {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-lens-review-'));
  const report = path.join(d, 'r.txt');
  fs.writeFileSync(report, '全年破获刑事案件2316起。\n');
  fs.writeFileSync(report + '.annotations.json', '{ not json');
  const r = cli('export', report);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /does not parse/);
  assert.equal(fs.readFileSync(report + '.annotations.json', 'utf8'), '{ not json');
  assert.equal(cli('tag', report, '--at', '2', '--status', 'verified').code, 1);
  assert.equal(fs.readFileSync(report + '.annotations.json', 'utf8'), '{ not json');
});
