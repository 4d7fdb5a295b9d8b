// The extraction JSON contract (`policy-lens extract --format json`): what the scorer,
// the extension and the annotation export build on. Keep it stable; bump `version` on change.
import type { AnalysisResult, Claim, Metric, NumberMention } from '../types';
import { GENERATOR } from '../version';

export const EXTRACT_FORMAT_VERSION = 1;

export interface DocumentJson {
  path: string;
  encoding: string;
  sha256: string;
  lang: 'zh' | 'en';
  metrics: Metric[];
  claims: Claim[];
  numbers?: NumberMention[];
}

export interface ExtractJson {
  version: number;
  generator: string;
  documents: DocumentJson[];
}

export function documentJson(
  path: string,
  file: { encoding: string; sha256: string },
  result: AnalysisResult,
  opts: { numbers?: boolean } = {},
): DocumentJson {
  const doc: DocumentJson = {
    path,
    encoding: file.encoding,
    sha256: file.sha256,
    lang: result.lang,
    metrics: result.metrics,
    claims: result.claims,
  };
  if (opts.numbers) doc.numbers = result.numbers;
  return doc;
}

export function extractJson(documents: DocumentJson[]): ExtractJson {
  return { version: EXTRACT_FORMAT_VERSION, generator: GENERATOR, documents };
}
