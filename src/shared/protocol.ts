// The messages between the Policy Lens client (VS Code) and its language server. Plain
// JSON; offsets are UTF-16 code units into the document text, as VS Code counts them.
import type { AnalysisResult } from '../core/types';

export const ANALYSIS_NOTIFICATION = 'policyLens/analysis';
export const SET_ENABLED_NOTIFICATION = 'policyLens/setEnabled';
export const ANALYZE_FILE_REQUEST = 'policyLens/analyzeFile';
export const ANALYZE_NOW_REQUEST = 'policyLens/analyzeNow';

export interface ServerSettings {
  /** Documents larger than this (UTF-16 code units) are analysed on request only. */
  maxFileSize: number;
  /** Debounce for re-analysis while typing, in ms. */
  debounceMs: number;
}

export interface AnalysisNotification {
  uri: string;
  version: number;
  /** null when the document is over the size limit and was not analysed. */
  result: Pick<AnalysisResult, 'metrics' | 'claims' | 'headings' | 'lang' | 'segmented'> | null;
  tooLarge: boolean;
  size: number;
  elapsedMs: number;
}

export interface SetEnabledParams {
  uris: string[];
}

export interface AnalyzeFileParams {
  path: string;
}

export interface AnalyzeFileResult {
  path: string;
  error: string | null;
  result: Pick<AnalysisResult, 'metrics' | 'claims' | 'headings' | 'lang' | 'segmented'> | null;
}
