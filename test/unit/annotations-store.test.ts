// The sidecar store with real files in a temp folder: atomic writes under simulated
// crashes, corrupt and future files left byte for byte, migration with a backup, merges of
// changes made on disk meanwhile, conflicts reported, and no silent loss of annotations.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { makeAnchor } from '../../src/core/annotations/anchor';
import type { Annotation, HistoryEntry } from '../../src/core/annotations/model';
import { parseStatuses } from '../../src/core/annotations/model';
import {
  atomicWrite,
  loadSidecar,
  type SidecarData,
  mergeAnnotations,
  saveSidecar,
  serializeSidecar,
  sidecarPath,
  SidecarError,
  writeSteps,
} from '../../src/core/annotations/sidecar';
import { ROOT } from '../support/paths';

const TEXT = '全年破获刑事案件2316起。抓获犯罪嫌疑人1475名。群众满意度达99.3%。';
const dir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'policy-lens-store-'));

function ann(id: string, start: number, end: number, status = 'unverified'): Annotation {
  return {
    id,
    claimId: null,
    status,
    sources: [],
    note: '',
    author: 'tester',
    created: '2026-01-01T00:00:00.000Z',
    updated: '2026-01-01T00:00:00.000Z',
    history: [],
    anchor: makeAnchor(TEXT, start, end, 'sha'),
  };
}

const schema = JSON.parse(fs.readFileSync(path.join(ROOT, 'schema', 'annotations.schema.json'), 'utf8'));
const ajv = new Ajv2020({ allErrors: true });
addFormats(ajv);
const validateSidecar = ajv.compile(schema);

async function fresh() {
  const d = dir();
  const report = path.join(d, 'report.txt');
  fs.writeFileSync(report, TEXT);
  const file = sidecarPath(report);
  const loaded = await loadSidecar(file, report, 'sha');
  return { d, report, file, loaded };
}

test('sidecar path and a first save: stable, pretty, schema-valid', async () => {
  const { report, file, loaded } = await fresh();
  assert.equal(file, report + '.annotations.json');
  assert.equal(sidecarPath('/x/r.txt', 'notes'), path.resolve('/x/notes/r.txt.annotations.json'));
  loaded.data.annotations.push(ann('b', 13, 27), ann('a', 0, 13));
  await saveSidecar(loaded, loaded.data);
  const written = fs.readFileSync(file, 'utf8');
  assert.ok(written.endsWith('\n') && written.includes('\n  "annotations": ['));
  const parsed = JSON.parse(written) as SidecarData;
  assert.ok(validateSidecar(parsed), JSON.stringify(validateSidecar.errors));
  assert.deepEqual(
    parsed.annotations.map((a: Annotation) => a.id),
    ['a', 'b'],
    'sorted by position so diffs stay small',
  );
  assert.equal(serializeSidecar(parsed), written, 'serialising what was read gives the same bytes');
});

test('an interrupted write leaves the old file or the new one, never a torn one', async () => {
  const { file, loaded } = await fresh();
  loaded.data.annotations.push(ann('a', 0, 13));
  await saveSidecar(loaded, loaded.data);
  const before = fs.readFileSync(file, 'utf8');
  for (const step of ['temp-written', 'synced'] as const) {
    writeSteps.onStep = (s) => {
      if (s === step) throw new Error(`simulated crash after ${s}`);
    };
    await assert.rejects(atomicWrite(file, before.replace('unverified', 'verified')), /simulated crash/);
    writeSteps.onStep = undefined;
    assert.equal(fs.readFileSync(file, 'utf8'), before, `after a crash at ${step} the old file is intact`);
  }
  // a crash right after the rename: the new file is complete
  writeSteps.onStep = (s) => {
    if (s === 'renamed') throw new Error('simulated crash after rename');
  };
  await assert.rejects(atomicWrite(file, before.replace('unverified', 'verified')));
  writeSteps.onStep = undefined;
  assert.equal(fs.readFileSync(file, 'utf8'), before.replace('unverified', 'verified'));
  // a partial temp file left by a crash is never what the reader sees
  fs.writeFileSync(path.join(path.dirname(file), `.${path.basename(file)}.999.dead.tmp`), '{"annota');
  const reread = await loadSidecar(file, 'report.txt', 'sha');
  assert.equal(reread.data.annotations.length, 1);
});

test('a corrupt or future-version sidecar is never overwritten', async () => {
  for (const [content, code] of [
    ['{"annotations": [ {"id": ', 'corrupt'],
    [JSON.stringify({ formatVersion: 99, annotations: [] }), 'future-version'],
  ] as const) {
    const { file, report } = await fresh();
    fs.writeFileSync(file, content);
    await assert.rejects(
      loadSidecar(file, report, 'sha'),
      (e: unknown) => e instanceof SidecarError && e.code === code && e.message.includes(file),
    );
    // and a save from an earlier load refuses too
    const d2 = dir();
    const other = await loadSidecar(path.join(d2, 'x.json'), report, 'sha');
    const sneaky = { ...other, file };
    await assert.rejects(
      saveSidecar(sneaky, { ...other.data, annotations: [ann('a', 0, 13)] }),
      (e: unknown) => e instanceof SidecarError && e.code === code,
    );
    assert.equal(fs.readFileSync(file, 'utf8'), content, 'left byte for byte');
  }
});

test('an older format is migrated, with a backup of the original made on the first write', async () => {
  const { file, report } = await fresh();
  const old = JSON.stringify([ann('a', 0, 13, 'verified')]);
  fs.writeFileSync(file, old);
  const loaded = await loadSidecar(file, report, 'sha');
  assert.equal(loaded.data.formatVersion, 1);
  assert.equal(loaded.data.annotations[0].status, 'verified');
  // Reading writes nothing (an export or opening the report must not touch the folder);
  // the backup is made, exclusively, just before the first write of the new format.
  assert.equal(fs.existsSync(`${file}.v0.bak`), false);
  await saveSidecar(loaded, loaded.data);
  assert.equal(fs.readFileSync(`${file}.v0.bak`, 'utf8'), old);
  assert.ok(validateSidecar(JSON.parse(fs.readFileSync(file, 'utf8'))));
});

test('changes made on disk meanwhile are merged; the same annotation changed twice is a conflict, nothing lost', async () => {
  const { file, report, loaded } = await fresh();
  loaded.data.annotations.push(ann('a', 0, 13), ann('b', 13, 27));
  await saveSidecar(loaded, loaded.data);
  const mine = await loadSidecar(file, report, 'sha');
  const theirs = await loadSidecar(file, report, 'sha');
  // they (a second window, a git pull) change b and add c
  theirs.data.annotations.find((x) => x.id === 'b')!.status = 'verified';
  theirs.data.annotations.push(ann('c', 27, TEXT.length, 'disputed'));
  await saveSidecar(theirs, theirs.data);
  // we change a, and also b
  mine.data.annotations.find((x) => x.id === 'a')!.status = 'false';
  mine.data.annotations.find((x) => x.id === 'b')!.status = 'needs-source';
  const result = await saveSidecar(mine, mine.data);
  assert.equal(result.merged, true);
  const onDisk = JSON.parse(fs.readFileSync(file, 'utf8')).annotations as Annotation[];
  const status = Object.fromEntries(onDisk.map((x) => [x.id, x.status]));
  assert.deepEqual(status, { a: 'false', b: 'verified', c: 'disputed' });
  assert.deepEqual(
    result.conflicts.map((c) => [c.id, c.ours.status, c.theirs.status]),
    [['b', 'needs-source', 'verified']],
  );
});

test('saving fewer annotations than the file has is refused unless they were deleted', async () => {
  const { file, report, loaded } = await fresh();
  loaded.data.annotations.push(ann('a', 0, 13), ann('b', 13, 27));
  await saveSidecar(loaded, loaded.data);
  const again = await loadSidecar(file, report, 'sha');
  const fewer = { ...again.data, annotations: again.data.annotations.filter((x) => x.id === 'a') };
  await assert.rejects(
    saveSidecar(again, fewer),
    (e: unknown) => e instanceof SidecarError && e.code === 'would-lose-annotations',
  );
  assert.equal(JSON.parse(fs.readFileSync(file, 'utf8')).annotations.length, 2);
  await saveSidecar(again, fewer, { deleted: ['b'] });
  assert.equal(JSON.parse(fs.readFileSync(file, 'utf8')).annotations.length, 1);
});

test('three-way merge rules', () => {
  const a = ann('a', 0, 13);
  const a2 = { ...a, status: 'verified' };
  assert.deepEqual(mergeAnnotations([a], [a2], [a]).merged, [a2]);
  assert.deepEqual(mergeAnnotations([a], [a], [a2]).merged, [a2]);
  assert.deepEqual(mergeAnnotations([a], [], [a]).merged, [], 'deleted by us, untouched by them: deleted');
  assert.deepEqual(mergeAnnotations([a], [], [a2]).merged, [a2], 'deleted by us, edited by them: the edit is kept');
});

test('custom status lists are validated', () => {
  assert.deepEqual(
    parseStatuses([{ id: 'supports', label: 'Supports', color: '#0a0' }, { id: 'refutes' }]).map((s) => s.id),
    ['supports', 'refutes'],
  );
  assert.throws(() => parseStatuses([{ id: 'Bad Id' }]));
  assert.throws(() => parseStatuses([{ id: 'x' }, { id: 'x' }]));
});

test('a format this version does not understand ("2", null, 0, -5, none, 1.5) is reported and left byte for byte', async () => {
  for (const version of ['"2"', 'null', '0', '-5', undefined, '1.5', '2']) {
    const { file, report, loaded } = await fresh();
    const content = `{${version === undefined ? '' : `"formatVersion": ${version}, `}"annotations": []}`;
    fs.writeFileSync(file, content);
    await assert.rejects(
      loadSidecar(file, report, 'sha'),
      (e: unknown) => e instanceof SidecarError && e.code === 'future-version' && /left untouched/.test(e.message),
      `formatVersion ${version}`,
    );
    loaded.data.annotations.push(ann('a', 0, 13));
    await assert.rejects(saveSidecar(loaded, loaded.data), (e: unknown) => e instanceof SidecarError);
    assert.equal(fs.readFileSync(file, 'utf8'), content, `formatVersion ${version}: left byte for byte`);
  }
});

test('a sidecar missing document, sources or history is a clear error naming the file, not a crash', async () => {
  const { file, loaded } = await fresh();
  loaded.data.annotations.push(ann('a', 0, 13));
  await saveSidecar(loaded, loaded.data);
  const good = JSON.parse(fs.readFileSync(file, 'utf8')) as SidecarData;
  const cases: Array<[string, (d: SidecarData) => void]> = [
    ['document', (d) => delete (d as Partial<SidecarData>).document],
    ['sources', (d) => delete (d.annotations[0] as Partial<Annotation>).sources],
    ['history', (d) => delete (d.annotations[0] as Partial<Annotation>).history],
    ['anchor', (d) => delete (d.annotations[0].anchor as Partial<Annotation['anchor']>).position],
    ['status', (d) => ((d.annotations[0] as unknown as { status: number }).status = 7)],
  ];
  for (const [what, damage] of cases) {
    const bad = structuredClone(good);
    damage(bad);
    const content = JSON.stringify(bad);
    fs.writeFileSync(file, content);
    await assert.rejects(
      loadSidecar(file, 'report.txt', 'sha'),
      (e: unknown) =>
        e instanceof SidecarError && e.code === 'invalid' && e.message.startsWith(file) && !e.message.includes('\n'),
      what,
    );
    assert.equal(fs.readFileSync(file, 'utf8'), content);
  }
});

test('fields this version does not know are kept and written back', async () => {
  const { file, report, loaded } = await fresh();
  loaded.data.annotations.push(ann('a', 0, 13));
  await saveSidecar(loaded, loaded.data);
  /** A sidecar as a newer version might write it: extra fields at every level. */
  type Extended = SidecarData & {
    reviewRound?: unknown;
    document: { title?: string };
    annotations: Array<
      Annotation & {
        confidence?: number;
        anchor: { xpath?: string };
        history: Array<HistoryEntry & { device?: string }>;
      }
    >;
  };
  const data = JSON.parse(fs.readFileSync(file, 'utf8')) as Extended;
  data.reviewRound = { id: 3, deadline: '2026-12-24' };
  data.document.title = '年度报告';
  data.annotations[0].confidence = 0.9;
  data.annotations[0].anchor.xpath = '/p[3]';
  data.annotations[0].history.push({ at: '2026-01-02T00:00:00.000Z', author: 'x', change: {}, device: 'tablet' });
  fs.writeFileSync(file, JSON.stringify(data));
  const again = await loadSidecar(file, report, 'sha');
  again.data.annotations[0].status = 'verified';
  again.data.annotations.push(ann('b', 13, 27));
  await saveSidecar(again, again.data);
  const written = JSON.parse(fs.readFileSync(file, 'utf8')) as Extended;
  assert.deepEqual(written.reviewRound, { id: 3, deadline: '2026-12-24' });
  assert.equal(written.document.title, '年度报告');
  assert.equal(written.annotations[0].confidence, 0.9);
  assert.equal(written.annotations[0].anchor.xpath, '/p[3]');
  assert.equal(written.annotations[0].history[0].device, 'tablet');
  assert.equal(written.annotations[0].status, 'verified');
  assert.ok(validateSidecar(written), JSON.stringify(validateSidecar.errors));
});
