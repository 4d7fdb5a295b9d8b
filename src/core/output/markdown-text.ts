// Untrusted text (notes, sources, quotes from a repository's sidecar or report) made inert for
// Markdown hovers and tooltips: no links, HTML, images or terminal escapes, and a length cap.
import { safeSourceUrl } from '../annotations/source-url';

/** The longest piece of untrusted text a hover shows. */
export const HOVER_TEXT_MAX = 500;

// C0/C1 controls (terminal escapes among them), bidi overrides and other invisible format characters.
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/gu;
// Everything Markdown (CommonMark + GFM) or HTML could read as syntax.
const MARKDOWN_SYNTAX = /[\\`*_{}[\]()#+\-.!|<>~:&"'$=^]/g;

/** Caps `text` at `max` characters (an ellipsis marks the cut), with controls removed and whitespace collapsed. */
export function capText(text: string, max = HOVER_TEXT_MAX): string {
  const clean = text
    .replace(/\u001b\[[0-9;?]*[ -/]*[@-~]/g, '')
    .replace(CONTROLS, '')
    .replace(/\s+/g, ' ')
    .trim();
  return clean.length > max ? `${clean.slice(0, max - 1)}…` : clean;
}

/** `text` as literal Markdown text: capped, every syntax character backslash-escaped. */
export function escapeMarkdown(text: string, max = HOVER_TEXT_MAX): string {
  return capText(text, max).replace(MARKDOWN_SYNTAX, (c) => `\\${c}`);
}

/** A source URL as a Markdown link when it is a plain http(s) link, else as escaped text. */
export function markdownSourceLink(url: string, max = HOVER_TEXT_MAX): string {
  const safe = safeSourceUrl(url);
  if (!safe) return escapeMarkdown(url, max);
  // the ASCII href has no spaces, quotes or angle brackets; parentheses are percent-encoded for the link
  return `[${escapeMarkdown(url, max)}](${safe.replace(/\(/g, '%28').replace(/\)/g, '%29')})`;
}

/** Text from the report itself (a subject, a figure) in a hover: links, HTML and tables broken, parentheses kept. */
export function escapeInline(text: string, max = 200): string {
  return capText(text, max).replace(/[\\`*_[\]<>|]/g, (c) => `\\${c}`);
}

/** A command link for a hover; only the commands the client lists as trusted run. */
export function commandLink(label: string, command: string, args: unknown): string {
  return `[${escapeMarkdown(label, 80)}](command:${command}?${encodeURIComponent(JSON.stringify([args]))})`;
}
