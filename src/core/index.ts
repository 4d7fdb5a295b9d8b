// The engine's public surface, for the CLI, the language server, benches and other tools.
export { analyzeText, analyzeSync } from './analyze';
export { loadSegmenter, segmenterStatus } from './text/segmenter';
export type { Segmenter, TaggedWord } from './text/segmenter';
export { readReport, decodeBytes, textSha256, ReportReadError } from './text/report-file';
export { documentJson, extractJson } from './output/document';
export * from './types';
