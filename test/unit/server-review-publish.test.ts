// What the real language server sends of a report's review: only the tagged claims' verdicts,
// and nothing at all once typing pauses when the edit changed nothing in the review or the
// diagnostics. Drives dist/server.js over stdio; the report and its sidecar are real files.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { tagRequest, type AnalysisView, type ClaimReview } from '../../src/shared/protocol';
import { ROOT } from '../support/paths';
import { startServer, type Received } from '../support/lsp';

const sample = fs.readFileSync(path.join(ROOT, 'samples', 'zh-annual-review.txt'), 'utf8');
const PAUSE_MS = 1500; // well past the server's 150 ms pause and the checks' 1 s

test('the review lists only tagged claims, and a pause after an edit that changed nothing sends nothing', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-lens-review-publish-'));
  const file = path.join(dir, 'report.txt');
  fs.writeFileSync(file, sample);
  const uri = pathToFileURL(file).href;
  const server = await startServer({ debounceMs: 0, author: 'test' });
  try {
    const forDoc = (method: string) => (n: Received) => n.method === method && n.params.uri === uri;
    const analysed = server.next(forDoc('policyLens/analysis'));
    const firstReview = server.next(forDoc('policyLens/review'));
    await server.conn.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId: 'policy-report', version: 1, text: sample },
    });
    await server.conn.sendNotification('policyLens/setEnabled', { uris: [uri] });
    const result = (await analysed).params.result as AnalysisView;
    assert.ok(result.claims.length > 5, 'the sample has claims');
    assert.deepEqual((await firstReview).params.claims, {}, 'no tag: no claim listed');

    const claim = result.claims[1];
    // (the checks' findings may republish the untagged review first)
    const tagged = server.next(
      (n) => forDoc('policyLens/review')(n) && Object.keys(n.params.claims as object).length > 0,
    );
    const annotation = await server.conn.sendRequest(tagRequest, { uri, claimId: claim.id, status: 'verified' });
    const afterTag = (await tagged).params.claims as Record<string, ClaimReview>;
    assert.deepEqual(afterTag, { [claim.id]: { status: 'verified', annotationId: annotation.id, changed: false } });
    await new Promise((r) => setTimeout(r, PAUSE_MS));

    // a sentence added at the end moves nothing the review or the diagnostics hold
    const lines = sample.split('\n');
    const delta = server.next((n) => n.method === 'policyLens/analysisDelta' && n.params.version === 2);
    await server.conn.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [
        {
          range: {
            start: { line: lines.length - 1, character: lines[lines.length - 1].length },
            end: { line: lines.length - 1, character: lines[lines.length - 1].length },
          },
          text: '\n\n本文完。',
        },
      ],
    });
    await delta;
    const mark = server.received.length;
    await new Promise((r) => setTimeout(r, PAUSE_MS));
    const sent = server.received.slice(mark).map((n) => n.method);
    assert.deepEqual(sent, [], 'nothing new to send after the pause');

    // typing over the tagged figure: the review says so, and only that claim is listed
    const at = sample.indexOf(claim.text) + claim.text.search(/\d/);
    const before = sample.slice(0, at);
    const line = before.split('\n').length - 1;
    const character = at - before.lastIndexOf('\n') - 1;
    const changed = server.next(
      (n) =>
        forDoc('policyLens/review')(n) &&
        Object.values(n.params.claims as Record<string, ClaimReview>).some((c) => c.changed),
    );
    await server.conn.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 3 },
      contentChanges: [{ range: { start: { line, character }, end: { line, character: character + 1 } }, text: '9' }],
    });
    const claims = (await changed).params.claims as Record<string, ClaimReview>;
    assert.equal(Object.keys(claims).length, 1);
    assert.equal(Object.values(claims)[0].annotationId, annotation.id);
  } finally {
    await server.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
