// Exports a newsroom hands to other tools: the W3C export checked against the W3C Web Annotation
// test suite's own MUST assertions (its JSON Schemas, in test/fixtures/w3c with their licence),
// the JSON export against schema/export.schema.json for random valid sidecars, CSV cells that a
// spreadsheet would run neutralised, and source URLs limited to plain http(s) links.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import Ajv04 from 'ajv-draft-04';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import type { ValidateFunction } from 'ajv';
import { exportCsv, exportDocument, exportJson, exportW3c } from '../../src/core/annotations/export';
import { sourceFromText } from '../../src/core/annotations/model';
import { openReview, saveReview, tag } from '../../src/core/annotations/review';
import { safeSourceUrl } from '../../src/core/annotations/source-url';
import { csvField } from '../../src/core/output/csv';
import { ROOT } from '../support/paths';
import { prng } from '../support/prng';

const W3C = path.join(ROOT, 'test', 'fixtures', 'w3c');
const readJson = (file: string): unknown => JSON.parse(fs.readFileSync(file, 'utf8'));

/** The suite's schemas are draft-04 with relative ids; its definitions are referenced by file name. */
function w3cAssertions(testFile: string): Array<{ name: string; expectValid: boolean; validate: ValidateFunction }> {
  const ajv = new Ajv04({ strict: false, allErrors: false });
  addFormats(ajv);
  for (const name of fs.readdirSync(path.join(W3C, 'definitions')))
    if (name.endsWith('.json')) ajv.addSchema(readJson(path.join(W3C, 'definitions', name)) as object);
  const list = readJson(path.join(W3C, testFile)) as { assertions: unknown[] };
  return list.assertions
    .filter((a): a is string => typeof a === 'string')
    .map((name) => {
      const schema = readJson(path.join(W3C, name)) as { expectedResult?: string };
      return { name, expectValid: schema.expectedResult !== 'invalid', validate: ajv.compile(schema) };
    });
}

function failures(object: unknown, assertions: ReturnType<typeof w3cAssertions>): string[] {
  return assertions
    .filter((a) => a.validate(object) !== a.expectValid)
    .map((a) => `${a.name}: ${JSON.stringify(a.validate.errors?.slice(0, 2))}`);
}

const SAMPLE = fs.readFileSync(path.join(ROOT, 'samples', 'zh-annual-review.txt'), 'utf8');

async function reviewedSample() {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-lens-export-'));
  const report = path.join(d, 'report.txt');
  fs.writeFileSync(report, SAMPLE);
  const review = await openReview(report);
  const claims = review.analysis.claims;
  const now = new Date('2026-12-01T10:00:00Z');
  tag(review, { claimId: claims[0].id, status: 'verified', author: 'editor', now });
  tag(review, {
    claimId: claims[1].id,
    status: 'disputed',
    source: sourceFromText('https://example.org/统计/2025?q=1', '破案率69.66%'),
    note: '见统计公报',
    now,
  });
  tag(review, { claimId: claims[2].id, status: 'false', source: sourceFromText('市统计局《统计公报》第3页'), now });
  tag(review, { claimId: claims[3].id, status: 'needs-source', note: '=HYPERLINK("http://evil")', now });
  // a sidecar edited by hand with a URL no link should carry
  review.sidecar.data.annotations[1].sources.push({ url: 'https://evil.example/"onmouseover=alert(1)' });
  await saveReview(review);
  // an orphan: its sentence deleted from the report
  fs.writeFileSync(report, SAMPLE.replace(claims[2].text, ''));
  return { report, reopened: await openReview(report) };
}

test('the W3C export passes the W3C Web Annotation test suite’s MUST assertions (annotation, collection, page)', async () => {
  const { report, reopened } = await reviewedSample();
  const doc = exportDocument(reopened, report);
  assert.ok(doc.annotations.some((a) => a.anchor.state === 'orphaned'));
  const w3c = JSON.parse(exportW3c([doc], (p) => `file://${p}`, new Date('2026-12-01T12:00:00Z'))) as {
    first: { items: Array<Record<string, unknown>> } & Record<string, unknown>;
  } & Record<string, unknown>;
  const annotationMusts = w3cAssertions('annotations/annotationMusts.test');
  const collectionMusts = w3cAssertions('collections/collectionMusts.test');
  const pageMusts = w3cAssertions('collections/pages/pageMusts.test');
  assert.ok(annotationMusts.length >= 40 && collectionMusts.length >= 8 && pageMusts.length >= 10);
  assert.equal(w3c.first.items.length, 4);
  for (const item of w3c.first.items) assert.deepEqual(failures(item, annotationMusts), [], JSON.stringify(item));
  assert.deepEqual(failures(w3c, collectionMusts), []);
  assert.deepEqual(failures({ '@context': w3c['@context'], ...w3c.first }, pageMusts), []);
  // the hand-edited URL is not a link in the export
  const bodies = w3c.first.items.flatMap((i) => i.body as Array<Record<string, unknown>>);
  assert.ok(!bodies.some((b) => typeof b.source === 'string' && b.source.includes('"')));
  assert.ok(bodies.some((b) => b.type === 'TextualBody' && String(b.value).includes('evil.example')));
  assert.ok(bodies.some((b) => b.source === 'https://example.org/%E7%BB%9F%E8%AE%A1/2025?q=1'));
});

test('the W3C checks can fail: the export before this fix (TimeState without a date, no ids) does not pass', () => {
  const annotationMusts = w3cAssertions('annotations/annotationMusts.test');
  const collectionMusts = w3cAssertions('collections/collectionMusts.test');
  const item = {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id: 'urn:x:1',
    type: 'Annotation',
    body: [{ type: 'SpecificResource', purpose: 'linking', source: 'https://a/"b' }],
    target: { source: 'file:///r.txt', state: { type: 'TimeState', 'policyLens:sha256': 'x' } },
  };
  assert.notDeepEqual(failures(item, annotationMusts), []);
  assert.notDeepEqual(
    failures({ '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'AnnotationCollection' }, collectionMusts),
    [],
  );
});

test('random sidecars that load produce JSON exports valid against the export schema', async () => {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats(ajv);
  const validateExport = ajv.compile(readJson(path.join(ROOT, 'schema', 'export.schema.json')) as object);
  const rand = prng(77);
  const pick = <T>(xs: T[]): T => xs[Math.floor(rand() * xs.length)];
  const strings = [
    '',
    'note',
    '=1+1',
    '<script>alert(1)</script>',
    '\u001b[31mred',
    '引号"与\\反斜杠',
    'x'.repeat(5000),
  ];
  for (let round = 0; round < 25; round++) {
    const d = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-lens-export-fuzz-'));
    const report = path.join(d, 'r.txt');
    fs.writeFileSync(report, SAMPLE);
    const review = await openReview(report);
    for (const claim of review.analysis.claims.filter(() => rand() < 0.4)) {
      tag(review, {
        claimId: claim.id,
        status: pick(['verified', 'false', 'disputed', 'unverified', 'needs-source']),
        note: pick(strings),
        author: pick(strings),
        source: rand() < 0.5 ? sourceFromText(pick(['https://example.org/a', 'Citation 第3页'])) : undefined,
      });
    }
    for (const a of review.sidecar.data.annotations)
      if (rand() < 0.3)
        a.history.push({ at: '2026-01-01T00:00:00.000Z', author: pick(strings), change: { x: [1, { y: null }] } });
    await saveReview(review);
    fs.writeFileSync(report, SAMPLE.slice(0, Math.floor(SAMPLE.length * rand())));
    const reopened = await openReview(report);
    const out = JSON.parse(exportJson([exportDocument(reopened, report)])) as unknown;
    assert.ok(validateExport(out), `round ${round}: ${JSON.stringify(validateExport.errors?.slice(0, 3))}`);
  }
});

test('CSV cells a spreadsheet would run are neutralised; plain numbers are left alone', () => {
  const dangerous = [
    '=1+1',
    '-1+1',
    "-2+3+cmd|' /C calc'!A0",
    '-1+HYPERLINK("http://evil","x")',
    '@SUM(A1)',
    ' =1+1',
    '\n=1+1',
    '\t=1',
    '\r=1',
    '＝1+1',
  ];
  for (const cell of dangerous) {
    const out = csvField(cell);
    const unquoted = out.startsWith('"') ? out.slice(1, -1).replace(/""/g, '"') : out;
    assert.ok(unquoted.startsWith("'"), `${JSON.stringify(cell)} → ${out}`);
  }
  for (const number of ['-1', '-12.5', '+3', '-0.5%', '1e5', '2316', '-'.length.toString()])
    assert.equal(csvField(number), number);
  const doc = {
    path: 'r.txt',
    encoding: 'utf-8',
    sha256: 'x',
    metrics: [],
    claims: [],
    annotations: [
      {
        id: 'a',
        status: 'false',
        sources: [{ citation: '-1+1' }],
        note: '=cmd',
        author: '@me',
        created: '',
        updated: '',
        history: [],
        anchor: { state: 'orphaned' as const, range: null, quote: { exact: '+SUM(1)', prefix: '', suffix: '' } },
        claimId: null,
      },
    ],
  };
  const row = exportCsv([doc]).split('\r\n')[1];
  assert.equal(row, "r.txt,,,,'+SUM(1),orphaned,,,false,'-1+1,'=cmd,'@me,");
});

test('source URLs: plain http(s) links only', () => {
  for (const bad of [
    'javascript:alert(1)',
    'command:workbench.action.terminal.new',
    'file:///etc/passwd',
    'data:text/html,<script>',
    'https://a.example/"onmouseover',
    'https://a.example/ spaced',
    'https://user:pass@a.example/',
    'https://a.example/\u0007',
  ]) {
    assert.equal(safeSourceUrl(bad), null, bad);
    assert.throws(() => sourceFromText(bad), /not a plain http\(s\) link/, bad);
  }
  assert.equal(sourceFromText('https://例子.example/路径').url, 'https://xn--fsqu00a.example/%E8%B7%AF%E5%BE%84');
  assert.deepEqual(sourceFromText('市统计局《统计公报》第3页'), { citation: '市统计局《统计公报》第3页' });
});
