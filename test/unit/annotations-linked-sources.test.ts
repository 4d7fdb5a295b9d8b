// The report-wide sources in the sidecar: paths relative to the report, the three-way merge of links,
// older sidecars still valid and written back unchanged, unknown fields kept, no tag lost when a link
// is added on disk meanwhile, and claim sources that name a file with a line.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { makeAnchor } from '../../src/core/annotations/anchor';
import type { Annotation } from '../../src/core/annotations/model';
import {
  linkedSourcePath,
  mergeLinkedSources,
  resolveLinkedSource,
  withLinkedSource,
  withoutLinkedSource,
  type LinkedSource,
} from '../../src/core/annotations/linked-sources';
import { loadSidecar, saveSidecar, serializeSidecar, sidecarPath } from '../../src/core/annotations/sidecar';
import { ROOT } from '../support/paths';

const TEXT = '全年破获刑事案件2316起。抓获犯罪嫌疑人1475名。';

const schema = JSON.parse(fs.readFileSync(path.join(ROOT, 'schema', 'annotations.schema.json'), 'utf8'));
const ajv = new Ajv2020({ allErrors: true });
addFormats(ajv);
const validateSidecar = ajv.compile(schema);

function ann(id: string, start: number, end: number): Annotation {
  return {
    id,
    claimId: null,
    status: 'unverified',
    sources: [],
    note: '',
    author: 'tester',
    created: '2026-01-01T00:00:00.000Z',
    updated: '2026-01-01T00:00:00.000Z',
    history: [],
    anchor: makeAnchor(TEXT, start, end, 'sha'),
  };
}

function report() {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-lens-links-'));
  fs.mkdirSync(path.join(d, 'reports'));
  const file = path.join(d, 'reports', 'r.report.txt');
  fs.writeFileSync(file, TEXT);
  return { d, report: file, sidecar: sidecarPath(file) };
}

const files = (list: LinkedSource[] | undefined) => (list ?? []).map((s) => s.file);

test('a linked source is named relative to the report folder and resolves back', () => {
  const rep = path.join(path.sep, 'ws', 'reports', 'r.report.txt');
  const sibling = path.join(path.sep, 'ws', 'reports', 'stats.csv');
  const up = path.join(path.sep, 'ws', 'data', '2025', '统计公报.txt');
  assert.equal(linkedSourcePath(rep, sibling), 'stats.csv');
  assert.equal(linkedSourcePath(rep, up), '../data/2025/统计公报.txt');
  assert.equal(resolveLinkedSource(rep, '../data/2025/统计公报.txt'), up);
  assert.equal(resolveLinkedSource(rep, linkedSourcePath(rep, sibling)), sibling);
});

test('linking twice keeps one entry; unlinking removes only that file', () => {
  let list = withLinkedSource([], { file: 'a.txt', linked: '2026-01-01T00:00:00.000Z' });
  list = withLinkedSource(list, { file: 'a.txt', linked: '2026-02-02T00:00:00.000Z' });
  list = withLinkedSource(list, { file: 'b.csv' });
  assert.deepEqual(list, [{ file: 'a.txt', linked: '2026-01-01T00:00:00.000Z' }, { file: 'b.csv' }]);
  assert.deepEqual(files(withoutLinkedSource(list, 'a.txt')), ['b.csv']);
  assert.throws(() => withLinkedSource(list, { file: ' ' }), /needs a file path/);
});

test('three-way merge of links: additions on either side kept, a removal on one side wins over no change', () => {
  const s = (file: string): LinkedSource => ({ file });
  const base = [s('a'), s('b')];
  // we add c and remove a; they add d and remove b
  assert.deepEqual(files(mergeLinkedSources(base, [s('b'), s('c')], [s('a'), s('d')])), ['c', 'd']);
  // nothing changed on our side: theirs wins
  assert.deepEqual(files(mergeLinkedSources(base, base, [s('a')])), ['a']);
  // both added the same file: one entry
  assert.deepEqual(files(mergeLinkedSources([], [s('x')], [s('x')])), ['x']);
});

test('a sidecar without sources is still valid and is written back without them', async () => {
  const { report: rep, sidecar } = report();
  const loaded = await loadSidecar(sidecar, rep, 'sha');
  loaded.data.annotations.push(ann('a', 0, 13));
  await saveSidecar(loaded, loaded.data);
  const written = fs.readFileSync(sidecar, 'utf8');
  assert.ok(!written.includes('"sources": [\n    {'), 'no report-level sources list appears by itself');
  const parsed = JSON.parse(written) as Record<string, unknown>;
  assert.ok(!('sources' in parsed));
  assert.ok(validateSidecar(parsed), JSON.stringify(validateSidecar.errors));
  const again = await loadSidecar(sidecar, rep, 'sha');
  assert.equal(serializeSidecar(again.data), written, 'read and written back byte for byte');
});

test('report sources and file sources of a claim are saved schema-valid, in a stable order, and read back', async () => {
  const { report: rep, sidecar } = report();
  const loaded = await loadSidecar(sidecar, rep, 'sha');
  loaded.data.sources = withLinkedSource([], {
    file: '../data/统计公报.txt',
    linked: '2026-03-01T08:00:00.000Z',
    author: 'editor',
  });
  const a = ann('a', 0, 13);
  a.status = 'verified';
  a.sources.push({
    citation: '../data/统计公报.txt',
    file: '../data/统计公报.txt',
    line: 42,
    quote: '破获刑事案件2316起',
  });
  loaded.data.annotations.push(a);
  await saveSidecar(loaded, loaded.data);
  const written = fs.readFileSync(sidecar, 'utf8');
  const parsed = JSON.parse(written) as { sources: LinkedSource[]; annotations: Annotation[] };
  assert.ok(validateSidecar(parsed), JSON.stringify(validateSidecar.errors));
  assert.deepEqual(Object.keys(parsed), ['$schema', 'formatVersion', 'document', 'sources', 'annotations']);
  assert.deepEqual(parsed.sources, [
    { file: '../data/统计公报.txt', linked: '2026-03-01T08:00:00.000Z', author: 'editor' },
  ]);
  assert.deepEqual(parsed.annotations[0].sources[0], {
    citation: '../data/统计公报.txt',
    quote: '破获刑事案件2316起',
    file: '../data/统计公报.txt',
    line: 42,
  });
  const again = await loadSidecar(sidecar, rep, 'sha');
  assert.equal(serializeSidecar(again.data), written);
});

test('the schema refuses a report source without a file and a claim source line that is not a positive integer', () => {
  const base = {
    $schema: 'x',
    formatVersion: 1,
    document: { path: 'r.txt', sha256: '' },
    annotations: [] as unknown[],
  };
  assert.ok(validateSidecar({ ...base, sources: [] }));
  assert.ok(!validateSidecar({ ...base, sources: [{ linked: '2026-01-01T00:00:00.000Z' }] }));
  const a = JSON.parse(JSON.stringify(ann('a', 0, 5))) as Annotation;
  a.sources = [{ file: 'x.txt', line: 0 }];
  assert.ok(!validateSidecar({ ...base, annotations: [a] }));
  a.sources = [{ file: 'x.txt', line: 3 }];
  assert.ok(validateSidecar({ ...base, annotations: [a] }), 'a source that names only a file is valid');
});

test('a link added on disk meanwhile is kept when a tag is saved, and the tag too; unknown fields survive', async () => {
  const { report: rep, sidecar } = report();
  const mine = await loadSidecar(sidecar, rep, 'sha');
  mine.data.annotations.push(ann('a', 0, 13));
  await saveSidecar(mine, mine.data);
  // another window links a source, with a field this version does not know
  const theirs = await loadSidecar(sidecar, rep, 'sha');
  theirs.data.sources = [{ file: 'stats.csv', linked: '2026-03-01T08:00:00.000Z' }];
  await saveSidecar(theirs, theirs.data);
  const raw = JSON.parse(fs.readFileSync(sidecar, 'utf8')) as { sources: Array<LinkedSource & { sheet?: string }> };
  raw.sources[0].sheet = '表3';
  fs.writeFileSync(sidecar, JSON.stringify(raw));
  // we tag a second claim from what we read before the link
  mine.data.annotations.push(ann('b', 13, TEXT.length));
  const result = await saveSidecar(mine, mine.data);
  assert.equal(result.merged, true);
  const onDisk = JSON.parse(fs.readFileSync(sidecar, 'utf8')) as {
    sources: Array<LinkedSource & { sheet?: string }>;
    annotations: Annotation[];
  };
  assert.deepEqual(
    onDisk.annotations.map((x) => x.id),
    ['a', 'b'],
  );
  assert.deepEqual(onDisk.sources, [{ file: 'stats.csv', linked: '2026-03-01T08:00:00.000Z', sheet: '表3' }]);
  // and we unlink it: the next save removes it, and keeps the tags
  mine.data.sources = withoutLinkedSource(mine.data.sources ?? [], 'stats.csv');
  await saveSidecar(mine, mine.data);
  const after = JSON.parse(fs.readFileSync(sidecar, 'utf8')) as { sources: LinkedSource[]; annotations: Annotation[] };
  assert.deepEqual(after.sources, []);
  assert.equal(after.annotations.length, 2);
});
