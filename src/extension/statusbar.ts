// The status bar item: the active report's counts, or a note that it is over the size limit.
import * as vscode from 'vscode';
import type { DocumentState } from './state';

export class StatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem(vscode.StatusBarAlignment.Right, 90);

  constructor() {
    this.item.command = 'workbench.view.extension.policyLens';
  }

  /** The active report's counts, and how many of its claims are verified (as the server decided). */
  show(state: DocumentState | undefined, verified?: number): void {
    const result = state?.result;
    if (result) {
      const counts = vscode.l10n.t('{0} metrics · {1} claims', result.metrics.length, result.claims.length);
      const progress =
        verified !== undefined && result.claims.length
          ? ` · ${vscode.l10n.t('{0}/{1} verified', verified, result.claims.length)}`
          : '';
      this.item.text = `$(graph) ${counts}${progress}`;
      this.item.tooltip = vscode.l10n.t(
        'Policy Lens: {0} metrics, {1} claims in this report',
        result.metrics.length,
        result.claims.length,
      );
      this.item.show();
    } else if (state?.tooLarge) {
      this.item.text = `$(warning) ${vscode.l10n.t('Policy Lens: file too large')}`;
      this.item.tooltip = vscode.l10n.t(
        'Over the policyLens.maxFileSize limit: run "Policy Lens: Analyse this file" to analyse it anyway.',
      );
      this.item.show();
    } else this.item.hide();
  }

  /** What the status bar item reads now (for the tests). */
  get text(): string {
    return this.item.text;
  }

  dispose(): void {
    this.item.dispose();
  }
}
