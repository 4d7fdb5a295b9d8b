// Untrusted text (notes, sources, quotes from a sidecar or a report) made safe for Markdown:
// no links, HTML, images or command URIs survive, control characters are dropped, length capped.

/** Characters Markdown gives a meaning to, escaped with a backslash. */
const MARKDOWN_SPECIAL = /[\\`*_{}[\]()#+\-.!|<>~"'&:]/g;
/** C0/C1 control characters (terminal escapes among them), except tab and newline. */
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/** `text` as literal Markdown, at most `max` characters of it (an ellipsis marks a cut). */
export function escapeMarkdown(text: string, max = 500): string {
  const clean = text.replace(CONTROL, '');
  const cut = clean.length > max ? `${clean.slice(0, max - 1)}…` : clean;
  return cut.replace(MARKDOWN_SPECIAL, (ch) => `\\${ch}`).replace(/\r?\n/g, '  \n');
}

/** A command link for a hover; only commands the client lists as trusted run. */
export function commandLink(label: string, command: string, args: unknown): string {
  return `[${escapeMarkdown(label, 80)}](command:${command}?${encodeURIComponent(JSON.stringify([args]))})`;
}

/** Text from the report itself (a subject, a figure) in a hover: links, HTML and tables broken. */
export function escapeInline(text: string, max = 200): string {
  const clean = text.replace(CONTROL, '').replace(/\s+/g, ' ');
  const cut = clean.length > max ? `${clean.slice(0, max - 1)}…` : clean;
  return cut.replace(/[\\`*_[\]<>|]/g, (ch) => `\\${ch}`);
}
