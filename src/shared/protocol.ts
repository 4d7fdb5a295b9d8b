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

// Claim review (tags kept in the report's sidecar file) -----------------------------------

export const REVIEW_NOTIFICATION = 'policyLens/review';
export const TAG_REQUEST = 'policyLens/tag';
export const DELETE_ANNOTATION_REQUEST = 'policyLens/deleteAnnotation';
export const REATTACH_REQUEST = 'policyLens/reattach';
export const EXPORT_REQUEST = 'policyLens/export';

export interface ReviewAnnotation {
  id: string;
  claimId: string | null;
  status: string;
  sources: Array<{ url?: string; citation?: string; quote?: string }>;
  note: string;
  author: string;
  updated: string;
  state: 'anchored' | 'orphaned';
  range: { start: number; end: number } | null;
  quote: string;
}

export interface ReviewNotification {
  uri: string;
  version: number;
  sidecar: string;
  annotations: ReviewAnnotation[];
  /** Set when the sidecar cannot be used (corrupt, newer format): it is left untouched and tagging is off. */
  error: string | null;
  conflicts: string[];
}

export interface TagParams {
  uri: string;
  claimId?: string;
  offset?: number;
  status?: string;
  source?: { url?: string; citation?: string; quote?: string };
  note?: string;
}

export interface ReattachParams {
  uri: string;
  annotationId: string;
  range: { start: number; end: number };
}

export interface ExportParams {
  uris: string[];
  format: 'json' | 'w3c' | 'csv';
}
