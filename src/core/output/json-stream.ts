// The extraction JSON as a stream of chunks, one per metric, claim or number: a result too large
// for one string (a 10 MB line holds millions of metrics) is written piece by piece, with the very
// bytes `JSON.stringify(value, null, 2)` gives for results that fit.
import { extractJson, type DocumentJson } from './document';

const INDENT = '  ';

/**
 * How deep the containers are taken apart: the root object, its `documents`, each document and its
 * lists. Deeper values (one metric, one claim) are small and stringified whole.
 */
const STREAMED_DEPTH = 4;

/** What JSON.stringify writes for a value in an object: undefined, functions and symbols drop the key. */
function isOmitted(value: unknown): boolean {
  return value === undefined || typeof value === 'function' || typeof value === 'symbol';
}

/** One value at `depth` levels of nesting, its first line unindented, as JSON.stringify(…, null, 2) writes it. */
function stringifyAt(value: unknown, depth: number): string {
  const text = JSON.stringify(value, null, 2) ?? 'null';
  return depth === 0 ? text : text.replace(/\n/g, `\n${INDENT.repeat(depth)}`);
}

function isPlainContainer(value: unknown): value is unknown[] | Record<string, unknown> {
  if (value === null || typeof value !== 'object') return false;
  if (typeof (value as { toJSON?: unknown }).toJSON === 'function') return false;
  return Array.isArray(value) || Object.getPrototypeOf(value) === Object.prototype;
}

/** The chunks of one value at `depth`, taking containers apart down to STREAMED_DEPTH. */
function* chunksOf(value: unknown, depth: number): Generator<string> {
  if (depth >= STREAMED_DEPTH || !isPlainContainer(value)) {
    yield stringifyAt(value, depth);
    return;
  }
  const inner = `\n${INDENT.repeat(depth + 1)}`;
  if (Array.isArray(value)) {
    if (value.length === 0) {
      yield '[]';
      return;
    }
    yield '[';
    for (let i = 0; i < value.length; i++) {
      yield i === 0 ? inner : `,${inner}`;
      // An array keeps its holes and undefined items as null, as JSON.stringify does.
      const item: unknown = value[i];
      yield* chunksOf(isOmitted(item) ? null : item, depth + 1);
    }
    yield `\n${INDENT.repeat(depth)}]`;
    return;
  }
  const entries = Object.entries(value).filter(([, v]) => !isOmitted(v));
  if (entries.length === 0) {
    yield '{}';
    return;
  }
  yield '{';
  for (let i = 0; i < entries.length; i++) {
    const [key, v] = entries[i];
    yield `${i === 0 ? '' : ','}${inner}${JSON.stringify(key)}: `;
    yield* chunksOf(v, depth + 1);
  }
  yield `\n${INDENT.repeat(depth)}}`;
}

/** The extraction JSON of `documents` (`extract --format json`), in chunks, ending with a newline. */
export function* extractJsonChunks(documents: DocumentJson[]): Generator<string> {
  yield* chunksOf(extractJson(documents), 0);
  yield '\n';
}

/**
 * Gathers chunks into pieces of about `size` characters, so a writer makes a few thousand writes
 * for a large result instead of millions.
 */
export function* batched(chunks: Iterable<string>, size = 1 << 16): Generator<string> {
  let parts: string[] = [];
  let length = 0;
  for (const chunk of chunks) {
    parts.push(chunk);
    length += chunk.length;
    if (length >= size) {
      yield parts.join('');
      parts = [];
      length = 0;
    }
  }
  if (length > 0) yield parts.join('');
}
