#!/usr/bin/env node
// Counts the regular-expression literals in src/core (or the folder given): all of them, and those
// inside function bodies (rules still mixed into the logic rather than kept as data).
// usage: node scripts/count-regex-literals.mjs [DIR] [--list]
import * as fs from 'node:fs';
import * as path from 'node:path';
import ts from 'typescript';

const args = process.argv.slice(2);
const list = args.includes('--list');
const root = path.resolve(args.find((a) => !a.startsWith('--')) ?? 'src/core');

function* tsFiles(dir) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* tsFiles(full);
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) yield full;
  }
}

const isFunctionLike = (node) =>
  ts.isFunctionDeclaration(node) ||
  ts.isFunctionExpression(node) ||
  ts.isArrowFunction(node) ||
  ts.isMethodDeclaration(node) ||
  ts.isConstructorDeclaration(node) ||
  ts.isGetAccessorDeclaration(node) ||
  ts.isSetAccessorDeclaration(node);

let total = 0;
let inFunctions = 0;
const perFile = [];
for (const file of tsFiles(root)) {
  const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  let fileTotal = 0;
  let fileInside = 0;
  const visit = (node, depth) => {
    const inside = depth > 0;
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      fileTotal++;
      if (inside) {
        fileInside++;
        if (list) {
          const { line } = source.getLineAndCharacterOfPosition(node.getStart());
          console.log(`${path.relative(process.cwd(), file)}:${line + 1}: ${node.getText().slice(0, 80)}`);
        }
      }
    }
    ts.forEachChild(node, (child) => visit(child, depth + (isFunctionLike(node) ? 1 : 0)));
  };
  visit(source, 0);
  total += fileTotal;
  inFunctions += fileInside;
  if (fileTotal) perFile.push([path.relative(root, file), fileTotal, fileInside]);
}
if (!list) {
  for (const [file, all, inside] of perFile.sort((a, b) => b[2] - a[2]))
    console.log(`${String(inside).padStart(4)} / ${String(all).padStart(4)}  ${file}`);
}
console.log(
  `regex literals in ${path.relative(process.cwd(), root) || '.'}: ${total}, inside function bodies: ${inFunctions}`,
);
