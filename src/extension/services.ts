// What the client's parts share: made once in activate, handed to the command table.
import type * as vscode from 'vscode';
import type { ServerClient } from './client';
import type { Decorator } from './decorations';
import type { Panel } from './panel';
import type { Reports } from './reports';
import type { AnalysisStore } from './state';
import type { StatusBar } from './statusbar';

export interface Services {
  context: vscode.ExtensionContext;
  store: AnalysisStore;
  server: ServerClient;
  reports: Reports;
  panel: Panel;
  decorator: Decorator;
  statusBar: StatusBar;
  /** Redraws the decorations of the visible editors (of one document, when given). */
  redraw(uri?: string): void;
  /** Refreshes the views, the status bar and the report context key for the active editor. */
  refresh(): void;
}
