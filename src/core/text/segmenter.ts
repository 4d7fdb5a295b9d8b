// Chinese word segmentation and POS tagging behind a small interface. nodejieba is native
// and costs ~0.9 s and ~240 MB to load, so it is loaded lazily, once, and only on request.
// A missing dictionary makes its C++ code abort the process, which try/catch cannot catch:
// every dictionary path is therefore checked on disk and passed explicitly.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ZH_SUBJECT_WORDS } from '../rules/zh/subjects';
import { readWordTags, type WordTags } from './word-tags';

export interface TaggedWord {
  word: string;
  /** jieba's POS tag (ICTCLAS set: n, v, m, q, t, r, d, p, x, eng, ns, nr, nt…). */
  tag: string;
  /** UTF-16 offsets into the text that was tagged. */
  start: number;
  end: number;
}

export interface Segmenter {
  readonly name: string;
  /** Tags `text`; `offset` is added to every word's start and end (the text's place in a larger one). */
  tag(text: string, offset?: number): TaggedWord[];
}

interface JiebaModule {
  load(dicts: Record<string, string>): unknown;
  tag(text: string): Array<{ word: string; tag: string }>;
  cut?(text: string, hmm?: boolean): string[];
  insertWord?(word: string, tag?: string): boolean;
}

type LoadState = { kind: 'unloaded' } | { kind: 'loaded'; segmenter: Segmenter } | { kind: 'failed'; reason: string };
let state: LoadState = { kind: 'unloaded' };
let warned = false;

const DICT_FILES = {
  dict: 'jieba.dict.utf8',
  hmmDict: 'hmm_model.utf8',
  userDict: 'user.dict.utf8',
  idfDict: 'idf.utf8',
  stopWordDict: 'stop_words.utf8',
} as const;

function findDictDir(moduleDir: string): string | null {
  const dir = path.join(moduleDir, 'submodules', 'cppjieba', 'dict');
  for (const file of Object.values(DICT_FILES)) {
    if (!fs.existsSync(path.join(dir, file))) return null;
  }
  return dir;
}

/**
 * nodejieba always loads a keyword extractor beside the tagger, with the 6 MB idf dictionary
 * (~18 MB of memory). Only keyword extraction reads it, and Policy Lens never extracts keywords:
 * a one-entry idf file (jieba refuses an empty one) in a private temporary folder stands in for
 * it, removed right after the load. When no folder can be made, the real file is used.
 */
function withOneEntryIdf<T>(real: string, load: (idfPath: string) => T): T {
  let dir: string;
  try {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-lens-jieba-'));
    fs.writeFileSync(path.join(dir, 'idf.utf8'), '的 1\n');
  } catch {
    return load(real);
  }
  try {
    return load(path.join(dir, 'idf.utf8'));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function wrapJieba(jieba: JiebaModule, tags: WordTags | null): Segmenter {
  const cut = jieba.cut?.bind(jieba);
  if (tags && cut) {
    // jieba's tag is its cut (with HMM) plus a dictionary look-up per word; the look-up in JS (word-tags.ts) is cheaper
    // than the native call's second decode and its two-string objects (tag takes twice the time of cut here).
    return {
      name: 'nodejieba',
      tag(text: string, offset = 0): TaggedWord[] {
        if (!text) return [];
        const words = cut(text, true);
        const out = new Array<TaggedWord>(words.length);
        for (let i = 0; i < words.length; i++) {
          const word = words[i];
          const start = offset;
          offset += word.length;
          out[i] = { word, tag: tags.of(word), start, end: offset };
        }
        return out;
      },
    };
  }
  return {
    name: 'nodejieba',
    tag(text: string, offset = 0): TaggedWord[] {
      if (!text) return [];
      // jieba's words join back to the exact input, so offsets are running sums of lengths. Its own objects take the
      // offsets (no second object per word: tagging's garbage is a large part of the engine's).
      const words = jieba.tag(text) as Array<{ word: string; tag: string; start?: number; end?: number }>;
      for (const w of words) {
        w.start = offset;
        offset += w.word.length;
        w.end = offset;
      }
      return words as TaggedWord[];
    },
  };
}

/**
 * Loads nodejieba on first call and returns it, or null when it cannot be loaded
 * (not installed, native build missing, dictionaries absent). The reason is kept
 * for `segmenterStatus()` and reported once through `warn`.
 */
export function loadSegmenter(warn: (message: string) => void = () => undefined): Segmenter | null {
  if (state.kind === 'unloaded') state = tryLoad();
  const current = state;
  if (current.kind === 'loaded') return current.segmenter;
  if (current.kind === 'failed' && !warned) {
    warned = true;
    warn(
      `policy-lens: Chinese segmentation unavailable (${current.reason}); numbers and claims are still found, subjects are coarser.`,
    );
  }
  return null;
}

export function segmenterStatus(): { loaded: boolean; reason?: string } {
  if (state.kind === 'loaded') return { loaded: true };
  if (state.kind === 'failed') return { loaded: false, reason: state.reason };
  return { loaded: false, reason: 'not loaded yet' };
}

function tryLoad(): LoadState {
  if (process.env.POLICY_LENS_NO_JIEBA === '1') return { kind: 'failed', reason: 'disabled by POLICY_LENS_NO_JIEBA=1' };
  let moduleDir: string;
  try {
    moduleDir = path.dirname(require.resolve('nodejieba/package.json'));
  } catch {
    return { kind: 'failed', reason: 'the nodejieba package is not installed' };
  }
  if (!fs.existsSync(path.join(moduleDir, 'build', 'Release', 'nodejieba.node'))) {
    return { kind: 'failed', reason: `nodejieba's native binary is missing (run \`npm rebuild nodejieba\`)` };
  }
  const dictDir = findDictDir(moduleDir);
  if (!dictDir) return { kind: 'failed', reason: `nodejieba's dictionaries are missing under ${moduleDir}` };
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const jieba = require('nodejieba') as JiebaModule;
    const dicts: Record<string, string> = {};
    for (const [key, file] of Object.entries(DICT_FILES)) dicts[key] = path.join(dictDir, file);
    withOneEntryIdf(dicts.idfDict, (idfDict) => jieba.load({ ...dicts, idfDict }));
    for (const [word, tag] of ZH_SUBJECT_WORDS) jieba.insertWord?.(word, tag);
    return { kind: 'loaded', segmenter: wrapJieba(jieba, readWordTags(dicts.dict, dicts.userDict, ZH_SUBJECT_WORDS)) };
  } catch (err) {
    return { kind: 'failed', reason: err instanceof Error ? err.message : String(err) };
  }
}
