// Shared by the integration suites: the extension's test API, opening workspace files, waiting
// for the analysis or review of a document's current text.
import * as assert from 'node:assert';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type * as Engine from '../../../src/core/index';
import type { PolicyLensApi } from '../../../src/extension/extension';
import type { DocumentState } from '../../../src/extension/state';
import type { ReviewNotification } from '../../../src/shared/protocol';

export const root = process.env.POLICY_LENS_ROOT || path.resolve(__dirname, '..', '..', '..', '..');

/** The bundled engine, to compare what the editor shows with the engine's own output. */
export function loadEngine(): typeof Engine {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the built bundle, loaded at run time
  return require(path.join(root, 'dist', 'engine.js')) as typeof Engine;
}

export const ws = (): vscode.Uri => {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the test workspace is open');
  return folder.uri;
};

export async function activateExtension(): Promise<PolicyLensApi> {
  const ext = vscode.extensions.all.find((e) => (e.packageJSON as { name?: string }).name === 'policy-lens');
  assert.ok(ext, 'the extension is installed');
  const api = (await ext.activate()) as PolicyLensApi;
  assert.ok(api?.store, 'activate returns the test API');
  return api;
}

export async function open(rel: string): Promise<{ doc: vscode.TextDocument; editor: vscode.TextEditor }> {
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(ws(), rel));
  const editor = await vscode.window.showTextDocument(doc, { preview: false });
  return { doc, editor };
}

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** A state whose analysis is present (narrowed for the suites). */
export type Analysed = DocumentState & { result: NonNullable<DocumentState['result']> };
export type Reviewed = DocumentState & { review: ReviewNotification };

/** Resolves with the analysis of the document's current version that satisfies `accept`. */
export async function analysed(
  api: PolicyLensApi,
  doc: vscode.TextDocument,
  accept: (s: Analysed) => boolean = () => true,
): Promise<Analysed> {
  const s = await api.whenAnalyzed(doc.uri, (x) => x.version === doc.version && !!x.result && accept(x as Analysed));
  return s as Analysed;
}

/** Resolves with the first review of the document that satisfies `accept`. */
export async function reviewed(
  api: PolicyLensApi,
  doc: vscode.TextDocument,
  accept: (r: ReviewNotification) => boolean,
): Promise<Reviewed> {
  const s = await api.whenAnalyzed(doc.uri, (x) => !!x.review && accept(x.review));
  return s as Reviewed;
}

/** The text of every hover at a position, joined. */
export async function hoverText(uri: vscode.Uri, position: vscode.Position): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position);
  return hovers
    .flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : '')))
    .join('\n');
}

export const fmt = (r: vscode.Range): string => `${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}`;

export const rangesOf = (doc: vscode.TextDocument, items: Array<{ range: { start: number; end: number } }>) =>
  items.map((x) => fmt(new vscode.Range(doc.positionAt(x.range.start), doc.positionAt(x.range.end))));
