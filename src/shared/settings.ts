// The settings the language server works with, in one shape: read from the `policyLens`
// configuration section, which the server pulls per document (workspace/configuration).
import { DEFAULT_STATUSES, parseStatuses, type StatusDef } from '../core/annotations/model';

export const SETTINGS_SECTION = 'policyLens';

/** Which claims the Problems panel lists: none, those that need attention, or every open claim. */
export type DiagnosticsLevel = 'off' | 'attention' | 'all';

export interface PolicyLensSettings {
  /** Documents larger than this (UTF-16 code units) are analysed on request only. */
  maxFileSize: number;
  /** Debounce for re-analysis while typing, in ms. */
  debounceMs: number;
  /** The verification statuses, in order (the first is a new tag's default). */
  statuses: StatusDef[];
  /** Recorded on each tag and history entry. */
  author: string;
  /** attention: disputed, false, needs source, changed since checked; all: unverified claims too. */
  diagnostics: DiagnosticsLevel;
  /** Folder for sidecar files, relative to each report (empty: beside the report). */
  sidecarDir: string;
  /** One compact CodeLens per line that holds claims. */
  codeLens: boolean;
}

export function defaultSettings(author = 'unknown'): PolicyLensSettings {
  return {
    maxFileSize: 5_000_000,
    debounceMs: 150,
    statuses: [...DEFAULT_STATUSES],
    author,
    diagnostics: 'attention',
    sidecarDir: '',
    codeLens: true,
  };
}

const LEVELS: readonly DiagnosticsLevel[] = ['off', 'attention', 'all'];
/** Values of earlier versions, which listed every open claim at a chosen severity. */
const LEGACY_LEVELS = new Set(['hint', 'information', 'warning']);

/**
 * The settings from a raw `policyLens` section as VS Code sends it. A malformed value keeps its
 * default and is reported through `warn`, so one typo never switches the extension off.
 */
export function readSettings(raw: unknown, defaultAuthor: string, warn: (message: string) => void): PolicyLensSettings {
  const s = defaultSettings(defaultAuthor);
  if (!raw || typeof raw !== 'object') return s;
  const r = raw as Record<string, unknown>;
  if (typeof r.maxFileSize === 'number' && r.maxFileSize > 0) s.maxFileSize = r.maxFileSize;
  if (typeof r.debounceMs === 'number' && r.debounceMs >= 0) s.debounceMs = r.debounceMs;
  if (Array.isArray(r.statuses) && r.statuses.length) {
    try {
      s.statuses = parseStatuses(r.statuses);
    } catch (err) {
      warn(`policyLens.statuses: ${(err as Error).message}`);
    }
  }
  if (typeof r.author === 'string' && r.author.trim()) s.author = r.author.trim();
  if (typeof r.diagnostics === 'string' && (LEVELS as readonly string[]).includes(r.diagnostics))
    s.diagnostics = r.diagnostics as DiagnosticsLevel;
  else if (typeof r.diagnostics === 'string' && LEGACY_LEVELS.has(r.diagnostics)) s.diagnostics = 'all';
  if (typeof r.sidecarDir === 'string') s.sidecarDir = r.sidecarDir;
  if (typeof r.codeLens === 'boolean') s.codeLens = r.codeLens;
  return s;
}
