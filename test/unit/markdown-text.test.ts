// Untrusted notes and sources in hovers and tooltips: rendered by a real CommonMark renderer
// (markdown-it, HTML enabled as the most permissive setting), they must come out as plain text —
// no links (command:, javascript:), no HTML, no images, no terminal escapes — and capped.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import MarkdownIt from 'markdown-it';
import { capText, escapeMarkdown, HOVER_TEXT_MAX, markdownSourceLink } from '../../src/core/output/markdown-text';

const md = new MarkdownIt({ html: true, linkify: false });
const render = (s: string) => md.renderInline(s);

const HOSTILE = [
  '[click](command:workbench.action.terminal.sendSequence?%7B%22text%22%3A%22rm%20-rf%20~%22%7D)',
  '[x](javascript:alert(1))',
  '<img src="https://evil.example/track.png">',
  '![t](https://evil.example/t.png)',
  '<script>alert(1)</script><a href="command:x">y</a>',
  '<https://evil.example>',
  '\u001b[31mred\u001b[0m \u001b]8;;https://evil.example\u0007link\u001b]8;;\u0007',
  '**bold** _it_ `code` | table | # heading',
  '&lt;b&gt; &#106;avascript:',
  '\u202eevil\u202c',
];

test('hostile notes render as text: no link, image, HTML element or control character', () => {
  for (const note of HOSTILE) {
    const html = render(escapeMarkdown(note));
    assert.doesNotMatch(html, /<(a|img|script|strong|em|code|h1)\b/i, `${note} → ${html}`);
    assert.doesNotMatch(html, /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e]/, note);
  }
  // the words themselves survive, readable
  assert.match(render(escapeMarkdown('破案率达69.66% (见公报)')), /破案率达69\.66% \(见公报\)/);
});

test('a 1 MB note is capped', () => {
  const out = escapeMarkdown('注'.repeat(1_000_000));
  assert.ok(capText('注'.repeat(1_000_000)).length === HOVER_TEXT_MAX);
  assert.ok(out.length <= HOVER_TEXT_MAX * 2 && out.endsWith('…'));
});

test('source links: http(s) only, the rest as text', () => {
  assert.match(render(markdownSourceLink('https://example.org/a(b)')), /<a href="https:\/\/example\.org\/a%28b%29">/);
  for (const bad of ['javascript:alert(1)', 'command:x', 'https://a/"b', 'file:///etc/passwd'])
    assert.doesNotMatch(render(markdownSourceLink(bad)), /<a\b/, bad);
});
