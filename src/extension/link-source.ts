// Linking a source file to a report (or to one claim) and unlinking it: a quick pick of the recent sources
// (kept in the workspace's state) and a file picker opened at the workspace; also callable with the files as
// arguments, so other commands and tests can link without a dialog. The server writes the link to the sidecar.
import * as path from 'node:path';
import * as vscode from 'vscode';
import { linkSourceRequest, type LinkedSourceView } from '../shared/protocol';
import type { ClaimNode } from './claims-view';
import type { Services } from './services';

/** The extensions of the source formats the server reads (src/core/sources/read.ts). */
const SOURCE_EXTENSIONS = ['txt', 'md', 'markdown', 'html', 'htm', 'csv', 'tsv'];
const RECENT_KEY = 'policyLens.recentSources';
const RECENT_MAX = 10;

/** What the link commands may be invoked with: a source file, explicit report and source, or a Claims view row. */
export type LinkTarget = vscode.Uri | { report?: string; source?: string; claimId?: string } | ClaimNode | undefined;

const isRow = (t: LinkTarget): t is ClaimNode => !!t && !(t instanceof vscode.Uri) && 'type' in t;

/** A file given as a URI string or a path. */
const fileOf = (s: string): string => (/^[a-z][a-z0-9+.-]+:/iu.test(s) ? vscode.Uri.parse(s).fsPath : s);

function recentSources(s: Services): string[] {
  return s.context.workspaceState.get<string[]>(RECENT_KEY, []);
}

async function remember(s: Services, file: string): Promise<void> {
  const list = [file, ...recentSources(s).filter((f) => f !== file)].slice(0, RECENT_MAX);
  await s.context.workspaceState.update(RECENT_KEY, list);
}

async function exists(file: string): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(vscode.Uri.file(file));
    return true;
  } catch {
    return false;
  }
}

/** Asks for the source: a recent one, or a file picked from the workspace. */
async function pickSource(s: Services, report: vscode.Uri): Promise<string | undefined> {
  const recent: string[] = [];
  for (const f of recentSources(s)) if (f !== report.fsPath && (await exists(f))) recent.push(f);
  const browse = vscode.l10n.t('Browse…');
  if (recent.length) {
    const pick = await vscode.window.showQuickPick(
      [
        ...recent.map((f) => ({ label: path.basename(f), description: vscode.workspace.asRelativePath(f), file: f })),
        { label: `$(folder-opened) ${browse}`, description: '', file: '' },
      ],
      { placeHolder: vscode.l10n.t('Source document to look the report’s figures up in') },
    );
    if (!pick) return undefined;
    if (pick.file) return pick.file;
  }
  const picked = await vscode.window.showOpenDialog({
    defaultUri: vscode.workspace.getWorkspaceFolder(report)?.uri ?? vscode.workspace.workspaceFolders?.[0]?.uri,
    canSelectMany: false,
    openLabel: vscode.l10n.t('Link source'),
    filters: { [vscode.l10n.t('Source documents')]: SOURCE_EXTENSIONS },
  });
  return picked?.[0]?.fsPath;
}

/** The report a command acts on: the row's, the one given, else the active report. */
function reportOf(s: Services, target: LinkTarget): vscode.Uri | undefined {
  if (isRow(target) && 'entry' in target) return target.entry.uri;
  if (target && !(target instanceof vscode.Uri) && !isRow(target) && target.report)
    return vscode.Uri.parse(target.report);
  return s.reports.activeReportEditor()?.document.uri;
}

/** Links a source file to the report (or to the claim of a row); answers the report's linked sources. */
export async function linkSource(s: Services, target?: LinkTarget): Promise<LinkedSourceView[] | undefined> {
  const report = reportOf(s, target);
  if (!report) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Open a report first, then link its source.'));
    return undefined;
  }
  const claimId =
    isRow(target) && target.type === 'claim'
      ? target.claim.id
      : target && !(target instanceof vscode.Uri) && !isRow(target)
        ? target.claimId
        : undefined;
  const given =
    target instanceof vscode.Uri
      ? target.fsPath
      : target && !isRow(target) && target.source
        ? fileOf(target.source)
        : undefined;
  const file = given ?? (await pickSource(s, report));
  if (!file) return undefined;
  try {
    const linked = await s.server.request(linkSourceRequest, {
      uri: report.toString(),
      path: file,
      ...(claimId ? { claimId } : {}),
    });
    await remember(s, file);
    void vscode.window.setStatusBarMessage(
      vscode.l10n.t('Policy Lens: linked {0} to {1}', path.basename(file), path.basename(report.fsPath)),
      5000,
    );
    return linked;
  } catch (err) {
    void vscode.window.showErrorMessage(`Policy Lens: ${(err as Error).message}`);
    return undefined;
  }
}

/** Unlinks a report-wide source: the row's, the one given, or one picked from the active report's. */
export async function unlinkSource(s: Services, target?: LinkTarget): Promise<LinkedSourceView[] | undefined> {
  const report = reportOf(s, target);
  if (!report) return undefined;
  let file: string | undefined;
  if (isRow(target) && target.type === 'source') file = target.source.path;
  else if (target instanceof vscode.Uri) file = target.fsPath;
  else if (target && !isRow(target) && target.source) file = fileOf(target.source);
  else {
    const linked = (s.store.get(report)?.review?.sources ?? []).filter((x) => x.scope === 'report');
    if (linked.length === 0) {
      void vscode.window.showInformationMessage(vscode.l10n.t('This report has no linked source.'));
      return undefined;
    }
    const pick = await vscode.window.showQuickPick(
      linked.map((x) => ({ label: x.file, description: x.path, file: x.path })),
      { placeHolder: vscode.l10n.t('Unlink which source?') },
    );
    file = pick?.file;
  }
  if (!file) return undefined;
  try {
    return await s.server.request(linkSourceRequest, { uri: report.toString(), path: file, unlink: true });
  } catch (err) {
    void vscode.window.showErrorMessage(`Policy Lens: ${(err as Error).message}`);
    return undefined;
  }
}

export const SOURCE_COMMANDS = {
  'policyLens.linkSource': linkSource,
  'policyLens.unlinkSource': unlinkSource,
};
