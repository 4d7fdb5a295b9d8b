// Tagging a claim from wherever the command was invoked: a CodeLens or a caller passing the
// claim, a Claims view row, or the cursor. Asks for a status, or for a source and a note.
import * as vscode from 'vscode';
import { sourceFromText } from '../core/annotations/model';
import { tagRequest, type ReviewAnnotation, type TagParams } from '../shared/protocol';
import type { Services } from './services';
import type { CardTarget } from './card';
import type { ClaimNode } from './claims-view';

/** What a tag command may be invoked with. */
export type TagTarget = Partial<TagParams> | ClaimNode | undefined;

const isClaimRow = (t: TagTarget): t is Extract<ClaimNode, { type: 'claim' }> =>
  !!t && 'type' in t && t.type === 'claim';

/** The claim a command acts on: the row or claim it was given, else the one under the cursor. */
function targetOf(target: TagTarget): TagParams | undefined {
  if (isClaimRow(target)) return { uri: target.entry.uri.toString(), claimId: target.claim.id };
  const args = target && !('type' in target) ? target : undefined;
  const ed = vscode.window.activeTextEditor;
  const uri = args?.uri ?? ed?.document.uri.toString();
  if (!uri) return undefined;
  const params: TagParams = { uri, claimId: args?.claimId };
  if (args?.range) params.range = args.range;
  else if (!args?.claimId) params.offset = args?.offset ?? (ed ? ed.document.offsetAt(ed.selection.active) : undefined);
  if (args?.status !== undefined) params.status = args.status;
  if (args?.source !== undefined) params.source = args.source;
  if (args?.note !== undefined) params.note = args.note;
  return params;
}

/** The text a tag action will change, and its status now, for prompts and confirmations. */
function describeTarget(services: Services, params: TagParams): { text: string; status: string | undefined } {
  const state = services.store.get(params.uri);
  const at = params.offset ?? -1;
  const claim = params.claimId
    ? state?.result?.claims.find((c) => c.id === params.claimId)
    : state?.result?.claims.find((c) => c.range.start <= at && at < c.range.end);
  if (claim && state) return { text: claim.text, status: services.store.statusOf(state, claim).status };
  const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === params.uri);
  const text = params.range && doc ? doc.getText().slice(params.range.start, params.range.end) : '';
  return { text, status: undefined };
}

const snippet = (text: string) => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 40 ? `${flat.slice(0, 39)}…` : flat;
};

async function askStatus(services: Services, params: TagParams): Promise<string | undefined> {
  const statuses = services.store.statusesOf(services.store.get(params.uri));
  const target = describeTarget(services, params);
  const pick = await vscode.window.showQuickPick(
    statuses.map((s) => ({
      label: s.label,
      description: s.id === target.status ? vscode.l10n.t('current') : undefined,
      id: s.id,
    })),
    {
      title: target.text ? vscode.l10n.t('Status of “{0}”', snippet(target.text)) : undefined,
      placeHolder: vscode.l10n.t('Verification status of this claim'),
    },
  );
  return pick?.id;
}

async function askSource(params: TagParams): Promise<boolean> {
  const src = await vscode.window.showInputBox({ prompt: vscode.l10n.t('Source: a URL or a citation') });
  if (!src) return false;
  const quote = await vscode.window.showInputBox({ prompt: vscode.l10n.t('Quoted passage of the source (optional)') });
  const note = await vscode.window.showInputBox({ prompt: vscode.l10n.t('Note (optional)') });
  params.source = sourceFromText(src, quote || undefined);
  if (note) params.note = note;
  return true;
}

/** The claim or text a card opens on: a row, a claim given by a caller, else the cursor's claim. */
export function cardTargetOf(services: Services, target: TagTarget): CardTarget | undefined {
  const params = targetOf(target);
  if (!params) return undefined;
  if (params.claimId || params.range) return { uri: params.uri, claimId: params.claimId, range: params.range };
  const state = services.store.get(params.uri);
  const at = params.offset ?? -1;
  const claim = state?.result?.claims.find((c) => c.range.start <= at && at < c.range.end);
  if (claim) return { uri: params.uri, claimId: claim.id };
  const tagged = state?.review?.annotations.find((a) => a.range && a.range.start <= at && at < a.range.end);
  return tagged ? { uri: params.uri, annotationId: tagged.id } : undefined;
}

/** Sets a status (`withSource` false) or adds a source; answers the tag as stored, or undefined. */
export async function tagClaim(
  services: Services,
  target: TagTarget,
  withSource: boolean,
): Promise<ReviewAnnotation | undefined> {
  const params = targetOf(target);
  if (!params) return undefined;
  const given = params.status !== undefined || params.source !== undefined || params.note !== undefined;
  if (!given) {
    if (withSource) {
      if (!(await askSource(params))) return undefined;
    } else {
      const status = await askStatus(services, params);
      if (!status) return undefined;
      params.status = status;
    }
  }
  try {
    const tagged = await services.server.request(tagRequest, params);
    const label = services.store.statusesOf(services.store.get(params.uri)).find((s) => s.id === tagged.status)?.label;
    void vscode.window.setStatusBarMessage(
      vscode.l10n.t('Policy Lens: “{0}” is {1}', snippet(tagged.quote), label ?? tagged.status),
      5000,
    );
    return tagged;
  } catch (err) {
    void vscode.window.showErrorMessage(`Policy Lens: ${(err as Error).message}`);
    return undefined;
  }
}
