// The streamed extraction JSON: the same bytes as one JSON.stringify for results that fit, written
// in bounded pieces for results that would not (a 10 MB line yields millions of metrics).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { analyzeText } from '../../src/core/analyze';
import { documentJson, extractJson, type DocumentJson } from '../../src/core/output/document';
import { batched, extractJsonChunks } from '../../src/core/output/json-stream';
import { readReport } from '../../src/core/text/report-file';
import { ROOT } from '../support/paths';

const whole = (docs: DocumentJson[]) => `${JSON.stringify(extractJson(docs), null, 2)}\n`;
const streamed = (docs: DocumentJson[]) => [...extractJsonChunks(docs)].join('');

async function sampleDoc(name: string, numbers: boolean): Promise<DocumentJson> {
  const file = await readReport(path.join(ROOT, 'samples', name));
  const result = await analyzeText(file.text, { useSegmenter: false });
  return documentJson(`samples/${name}`, file, result, { numbers });
}

test('streamed JSON has the bytes of JSON.stringify for the bundled samples, with and without numbers', async () => {
  const docs = [await sampleDoc('zh-annual-review.txt', false), await sampleDoc('en-annual-review.txt', true)];
  assert.ok(docs[0].metrics.length > 0 && docs[1].numbers!.length > 0);
  assert.equal(streamed(docs), whole(docs));
});

test('streamed JSON matches JSON.stringify on empty lists, no documents, undefined fields and odd strings', () => {
  const empty: DocumentJson = {
    path: 'a "quoted"\npath',
    encoding: 'utf-8',
    sha256: '',
    lang: 'zh',
    metrics: [],
    claims: [],
  };
  const withUndefined = { ...empty, numbers: undefined } as DocumentJson;
  assert.equal(streamed([]), whole([]));
  assert.equal(streamed([empty]), whole([empty]));
  assert.equal(streamed([withUndefined, empty]), whole([withUndefined, empty]));
});

test('a large result goes out in bounded pieces and reads back whole', async () => {
  // Real metrics and claims of the bundled sample, repeated with their own ids and offsets, stand in
  // for a 10 MB report: what is tested is the writer, which sees only the result.
  const sample = await sampleDoc('zh-annual-review.txt', false);
  const copies = 4000;
  const metrics = [];
  for (let k = 0; k < copies; k++)
    for (const m of sample.metrics)
      metrics.push({ ...m, id: `${m.id}-${k}`, range: { start: m.range.start + k, end: m.range.end + k } });
  const big: DocumentJson = { ...sample, metrics };
  assert.ok(metrics.length >= 100_000, `only ${metrics.length} metrics`);

  const pieceSize = 1 << 16;
  const longestItem = Math.max(...sample.metrics.map((m) => JSON.stringify(m, null, 2).length * 2));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-lens-stream-'));
  const out = path.join(dir, 'big.json');
  const fd = fs.openSync(out, 'w');
  let pieces = 0;
  try {
    for (const piece of batched(extractJsonChunks([big]), pieceSize)) {
      assert.ok(piece.length <= pieceSize + longestItem, `a piece of ${piece.length} characters`);
      fs.writeSync(fd, piece, null, 'utf8');
      pieces++;
    }
  } finally {
    fs.closeSync(fd);
  }
  assert.ok(pieces > 100, `${pieces} pieces`);
  const written = fs.readFileSync(out, 'utf8');
  assert.equal(written, whole([big]));
  const back = JSON.parse(written) as { documents: DocumentJson[] };
  assert.equal(back.documents[0].metrics.length, metrics.length);
  assert.equal(back.documents[0].metrics.at(-1)!.id, metrics.at(-1)!.id);
  fs.rmSync(dir, { recursive: true, force: true });
});
