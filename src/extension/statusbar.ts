// The status bar item: the active report's counts, or a note that it is over the size limit.
import * as vscode from 'vscode';
import type { DocumentState } from './state';

export class StatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem(vscode.StatusBarAlignment.Right, 90);

  constructor() {
    this.item.command = 'workbench.view.extension.policyLens';
  }

  show(state: DocumentState | undefined): void {
    const result = state?.result;
    if (result) {
      this.item.text = `$(graph) ${vscode.l10n.t('{0} metrics · {1} claims', result.metrics.length, result.claims.length)}`;
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

  dispose(): void {
    this.item.dispose();
  }
}
