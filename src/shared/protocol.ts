// The messages between the Policy Lens client (VS Code) and its language server, each declared
// once as a typed RequestType/NotificationType that both sides use. Plain JSON; offsets are
// UTF-16 code units into the document text, as VS Code counts them.
import { NotificationType, RequestType } from 'vscode-languageserver-protocol';
import type { StatusDef } from '../core/annotations/model';
import type { AnalysisResult } from '../core/types';
import type { AnalysisDelta } from './delta';

/** What the client shows of an analysis. */
export type AnalysisView = Pick<AnalysisResult, 'metrics' | 'claims' | 'headings' | 'lang' | 'segmented'>;

/** The view of an analysis: the fields the client shows, nothing else (no text, no offset maps). */
export const viewOf = (r: AnalysisResult): AnalysisView => ({
  metrics: r.metrics,
  claims: r.claims,
  headings: r.headings,
  lang: r.lang,
  segmented: r.segmented,
});

export interface AnalysisNotification {
  uri: string;
  version: number;
  /** null when the document is over the size limit and was not analysed. */
  result: AnalysisView | null;
  tooLarge: boolean;
  size: number;
  elapsedMs: number;
  /** True for the first look at a long report: only the blocks around the visible range; the whole analysis follows as a delta. */
  partial?: boolean;
  /**
   * True when this is the first step of an analysis sent in steps (a long one, sent whole): the
   * deltas that follow complete it, the last one without `partial`. The client assembles the
   * steps aside and shows the analysis once whole (`src/shared/assemble.ts`).
   */
  steps?: boolean;
}

/** Server → client: a document's analysis, after every (debounced) change. */
export const analysisNotification = new NotificationType<AnalysisNotification>('policyLens/analysis');

export interface AnalysisDeltaNotification {
  uri: string;
  /** The version of the analysis this delta applies to; the client asks for a full one when it holds another. */
  baseVersion: number;
  version: number;
  delta: AnalysisDelta;
  size: number;
  elapsedMs: number;
  /** True for all but the last step of a long analysis sent in steps. */
  partial?: boolean;
}

/** Server → client: after an edit, only what changed since the analysis the client holds. */
export const analysisDeltaNotification = new NotificationType<AnalysisDeltaNotification>('policyLens/analysisDelta');

export interface ResendAnalysisParams {
  uri: string;
}

/** Client → server: a delta did not fit what the client holds; send the whole analysis again. */
export const resendAnalysisNotification = new NotificationType<ResendAnalysisParams>('policyLens/resendAnalysis');

export interface SetEnabledParams {
  uris: string[];
  /** Per report shown in an editor: the offsets it shows, analysed first when a long report opens. */
  visible?: Record<string, { start: number; end: number }>;
}

/** Client → server: the open documents that are reports; the server analyses only those. */
export const setEnabledNotification = new NotificationType<SetEnabledParams>('policyLens/setEnabled');

export interface AnalyzeNowParams {
  uri: string;
}

/** Client → server: analyse this open document now, whatever its size. */
export const analyzeNowRequest = new RequestType<AnalyzeNowParams, boolean, void>('policyLens/analyzeNow');

export interface AnalyzeFileParams {
  path: string;
}

export interface AnalyzeFileResult {
  path: string;
  error: string | null;
  result: AnalysisView | null;
  /** The report's tags from its sidecar on disk (the workspace view shows their statuses). */
  review: ReviewNotification | null;
}

/** Client → server: analyse a file on disk that is not open (the workspace scan). */
export const analyzeFileRequest = new RequestType<AnalyzeFileParams, AnalyzeFileResult, void>('policyLens/analyzeFile');

export interface TrustParams {
  /** False in Restricted Mode: the server shows tags but writes no sidecar. */
  trusted: boolean;
}

/** Client → server: whether the workspace is trusted (sent at start and when the user grants trust). */
export const trustNotification = new NotificationType<TrustParams>('policyLens/trust');

// Claim review (tags kept in the report's sidecar file) -----------------------------------

export interface ReviewSource {
  url?: string;
  citation?: string;
  quote?: string;
  /** A source file of the workspace, relative to the report's folder (a linked source's figure). */
  file?: string;
  /** The 1-based line of `file` the quote stands on. */
  line?: number;
}

export interface ReviewAnnotation {
  id: string;
  claimId: string | null;
  status: string;
  sources: ReviewSource[];
  note: string;
  author: string;
  updated: string;
  state: 'anchored' | 'orphaned';
  range: { start: number; end: number } | null;
  quote: string;
  /** The text the status was last set against, when it no longer matches the text now tagged. */
  checkedText: string | null;
  history: Array<{ at: string; author: string; change: Record<string, unknown> }>;
}

/** The server's verdict on one claim: its status and the tag that gives it (null: untagged). */
export interface ClaimReview {
  status: string;
  annotationId: string | null;
  /** The tagged text changed since its status was set (a figure or the wording): re-check it. */
  changed: boolean;
}

/** An inconsistency the checks found in the report's own figures. */
export interface CheckFinding {
  check: string;
  /** The check's name in the editor's language. */
  label: string;
  /** The arithmetic and its verdict, e.g. "(13 − 7) ÷ 13 = 46.2 %; the report says 48 %: inconsistent". */
  message: string;
  range: { start: number; end: number };
  line: number;
}

export interface ReviewNotification {
  uri: string;
  version: number;
  sidecar: string;
  annotations: ReviewAnnotation[];
  /**
   * The claims of the latest analysis that carry a tag, by claim id; a claim not listed is
   * unverified and unchanged. The server alone decides these.
   */
  claims: Record<string, ClaimReview>;
  /** The status list in force for this document (labels and colours), parsed by the server. */
  statuses: StatusDef[];
  /** Inconsistencies the consistency checks found in the report (empty until they have run). */
  findings: CheckFinding[];
  /** The source files linked to the report or its claims, with what was found in each. */
  sources?: LinkedSourceView[];
  /** Set when the sidecar cannot be used (corrupt, newer format): it is left untouched and tagging is off. */
  error: string | null;
  conflicts: string[];
}

/** Server → client: a report's review tags, after loading, tagging, editing or a merge. */
export const reviewNotification = new NotificationType<ReviewNotification>('policyLens/review');

export interface TagParams {
  uri: string;
  claimId?: string;
  offset?: number;
  /** Tag this span, whether or not it is a detected claim (a selection). */
  range?: { start: number; end: number };
  status?: string;
  source?: ReviewSource;
  note?: string;
}

/** Client → server: set a claim's status, add a source or a note; answers the tag as stored. */
export const tagRequest = new RequestType<TagParams, ReviewAnnotation, void>('policyLens/tag');

export interface UpdateAnnotationParams {
  uri: string;
  annotationId: string;
  status: string;
  sources: ReviewSource[];
  note: string;
}

/** Client → server: the annotation card's save: status, the whole source list and the note. */
export const updateAnnotationRequest = new RequestType<UpdateAnnotationParams, ReviewAnnotation, void>(
  'policyLens/updateAnnotation',
);

export interface DeleteAnnotationParams {
  uri: string;
  annotationId: string;
}

export const deleteAnnotationRequest = new RequestType<DeleteAnnotationParams, void, void>(
  'policyLens/deleteAnnotation',
);

export interface ReattachParams {
  uri: string;
  annotationId: string;
  range: { start: number; end: number };
}

export const reattachRequest = new RequestType<ReattachParams, void, void>('policyLens/reattach');

export type ExportFormat = 'json' | 'w3c' | 'csv';

export interface ExportParams {
  /** Open reports, exported as they read in the editor. */
  uris: string[];
  /** Reports on disk that are not open (a workspace export). */
  paths?: string[];
  format: ExportFormat;
  /** Paths in the export are written relative to this folder (the workspace) when under it. */
  root?: string;
}

/** Client → server: the review of these open reports, exported; answers the file's content. */
export const exportRequest = new RequestType<ExportParams, string, void>('policyLens/export');

// Linked source documents (a report's figures looked up in them) -------------------------------

export interface LinkSourceParams {
  uri: string;
  /** The source file, an absolute path. */
  path: string;
  /** Remove the link instead of adding it. */
  unlink?: boolean;
  /** Link the file to this claim only (a source of its tag), not to the whole report. */
  claimId?: string;
}

/** A source linked to a report or to one of its claims, with what looking the report's figures up in it found. */
export interface LinkedSourceView {
  /** As the sidecar names it: relative to the report's folder. */
  file: string;
  /** Absolute path on disk. */
  path: string;
  /** 'report' for a report-wide link; else the claim whose tag names the file. */
  scope: 'report' | { claimId: string | null; annotationId: string };
  /** Why the source cannot be read (missing, unsupported format); null when it was read. */
  error: string | null;
  /** True until the source has been read and the report's figures looked up in it. */
  pending: boolean;
  matches: number;
  differs: number;
  notInSource: number;
}

/** Client → server: link a source file to a report (or to one claim), or unlink it; answers the report's sources. */
export const linkSourceRequest = new RequestType<LinkSourceParams, LinkedSourceView[], void>('policyLens/linkSource');
