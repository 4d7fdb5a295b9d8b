// The engine's public surface, for the CLI, the language server, benches and other tools.
export { analyzeText, analyzeSync } from './analyze';
export { loadSegmenter, segmenterStatus } from './segmenter';
export type { Segmenter, TaggedWord } from './segmenter';
export { readReport, decodeBytes, textSha256, ReportReadError } from './report-file';
export { documentJson, extractJson } from './document';
export * from './types';
