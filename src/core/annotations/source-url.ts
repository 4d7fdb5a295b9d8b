// Source URLs of annotations: only plain http(s) links, so a sidecar cannot smuggle a script,
// command or file link into an export or a hover, and every exported URL is a valid URI.

const SAFE_SCHEMES = new Set(['http:', 'https:']);
// Characters a URL never needs raw and an attacker would: quotes, angle brackets, spaces, controls.
const FORBIDDEN = /[\s"'<>\\^`{|}\u0000-\u001f\u007f-\u009f\u2028\u2029]/u;

export class SourceUrlError extends Error {}

/** The URL in its normalised, ASCII form (punycode host, percent-encoded path) when it is a safe http(s) link, else null. */
export function safeSourceUrl(text: string): string | null {
  if (FORBIDDEN.test(text)) return null;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return null;
  }
  if (!SAFE_SCHEMES.has(url.protocol) || !url.hostname || url.username || url.password) return null;
  return url.href;
}

/** Like `safeSourceUrl`, but a refusal is an error that says why. */
export function checkSourceUrl(text: string): string {
  const safe = safeSourceUrl(text);
  if (!safe)
    throw new SourceUrlError(
      `source URL ${JSON.stringify(text.slice(0, 200))} is not a plain http(s) link (no quotes, spaces, control characters or credentials)`,
    );
  return safe;
}
