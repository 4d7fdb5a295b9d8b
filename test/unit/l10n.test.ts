// Every string the user sees in the editor has its Chinese: each l10n call in the client and
// the server (read from the source with the TypeScript parser) has an entry in the zh-cn bundle,
// and each %key% of package.json has one in both package.nls files.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import ts from 'typescript';
import { ROOT as repoRoot } from '../support/paths';

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(full);
    return e.name.endsWith('.ts') ? [full] : [];
  });
}

/** The messages of every `t(…)`, `l10n.t(…)` and `vscode.l10n.t(…)` call; a non-literal message is an error. */
function l10nMessages(file: string): { messages: string[]; nonLiteral: string[] } {
  const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const messages: string[] = [];
  const nonLiteral: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isCallExpression(node)) {
      const callee = node.expression;
      const isT =
        (ts.isIdentifier(callee) && callee.text === 't') ||
        (ts.isPropertyAccessExpression(callee) &&
          callee.name.text === 't' &&
          callee.expression.getText(source).endsWith('l10n'));
      if (isT && node.arguments.length > 0) {
        const first = node.arguments[0];
        if (ts.isStringLiteral(first) || ts.isNoSubstitutionTemplateLiteral(first)) messages.push(first.text);
        else {
          const { line } = source.getLineAndCharacterOfPosition(node.getStart());
          nonLiteral.push(`${path.relative(repoRoot, file)}:${line + 1}`);
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return { messages, nonLiteral };
}

test('every l10n message of the client and the server has a zh-cn translation', () => {
  const bundle = JSON.parse(fs.readFileSync(path.join(repoRoot, 'l10n', 'bundle.l10n.zh-cn.json'), 'utf8')) as Record<
    string,
    string
  >;
  const files = [
    ...sourceFiles(path.join(repoRoot, 'src', 'extension')),
    ...sourceFiles(path.join(repoRoot, 'src', 'server')),
  ];
  const missing = new Set<string>();
  const nonLiteral: string[] = [];
  let count = 0;
  for (const file of files) {
    const found = l10nMessages(file);
    nonLiteral.push(...found.nonLiteral);
    for (const m of found.messages) {
      count++;
      if (!bundle[m]?.trim()) missing.add(m);
    }
  }
  assert.ok(count > 50, `found ${count} messages: the scan reads the sources`);
  assert.deepEqual(nonLiteral, [], 'messages must be string literals, or they cannot be translated');
  assert.deepEqual([...missing], [], 'messages without a zh-cn entry in l10n/bundle.l10n.zh-cn.json');
});

test('every %key% of package.json is in package.nls.json and package.nls.zh-cn.json', () => {
  const manifest = fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8');
  const keys = new Set([...manifest.matchAll(/"%([^%"]+)%"/g)].map((m) => m[1]));
  for (const nls of ['package.nls.json', 'package.nls.zh-cn.json']) {
    const table = JSON.parse(fs.readFileSync(path.join(repoRoot, nls), 'utf8')) as Record<string, string>;
    const missing = [...keys].filter((k) => !table[k]?.trim());
    assert.deepEqual(missing, [], `keys missing from ${nls}`);
  }
  assert.ok(keys.size > 20);
});
