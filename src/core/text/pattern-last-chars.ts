// The characters a regular expression's non-empty match can end with, read off its source.
//
// A pattern anchored at the end (`(?:tail words)+$`) is tried from every position of the string
// it is run on; when the string's last character cannot end any match, the pattern cannot remove
// anything and need not run. This reads that set from the pattern itself, so a rule added to the
// data is covered without a second list to keep in step. It understands the syntax the rules use
// (literals, classes, groups, lookarounds, quantifiers, escapes); where a match can end with any
// character (a negated class, `.`, \w, \s, \p at the end) or the syntax is not understood
// (a back-reference), it answers null and the caller must run the pattern.

interface Part {
  /** UTF-16 code units a non-empty match of this part can end with. */
  last: Set<string>;
  /** Whether a match can end with a character no set lists (a negated class, `.`, \w …). */
  any: boolean;
  /** Whether this part can match the empty string. */
  nullable: boolean;
}

class Unknown extends Error {}

const MAX_RANGE = 4096;

const DIGITS = '0123456789';

const EMPTY = (): Part => ({ last: new Set(), any: false, nullable: true });
const ANY = (): Part => ({ last: new Set(), any: true, nullable: false });
const CHARS = (chars: Iterable<string>): Part => ({ last: new Set(chars), any: false, nullable: false });

/** The set of last characters of `source`'s non-empty matches, or null when it cannot be read. */
export function patternLastChars(source: string): ReadonlySet<string> | null {
  try {
    const reader = new PatternReader(source);
    const part = reader.alternation();
    if (reader.pos !== source.length || part.any) return null;
    return part.last;
  } catch (error) {
    if (error instanceof Unknown) return null;
    throw error;
  }
}

class PatternReader {
  pos = 0;
  constructor(private readonly src: string) {}

  alternation(): Part {
    const last = new Set<string>();
    let any = false;
    let nullable = false;
    for (;;) {
      const branch = this.sequence();
      for (const c of branch.last) last.add(c);
      any ||= branch.any;
      nullable ||= branch.nullable;
      if (this.src[this.pos] !== '|') return { last, any, nullable };
      this.pos++;
    }
  }

  private sequence(): Part {
    // Last(a b) = Last(b), plus Last(a) when b can be empty.
    let last = new Set<string>();
    let any = false;
    let nullable = true;
    while (this.pos < this.src.length && this.src[this.pos] !== '|' && this.src[this.pos] !== ')') {
      const item = this.quantified();
      if (item.nullable) {
        for (const c of item.last) last.add(c);
        any ||= item.any;
      } else {
        last = new Set(item.last);
        any = item.any;
        nullable = false;
      }
    }
    return { last, any, nullable };
  }

  private quantified(): Part {
    const atom = this.atom();
    const q = /^(?:[?*+]|\{(\d+)(?:,(\d*))?\})\??/.exec(this.src.slice(this.pos));
    if (!q) return atom;
    this.pos += q[0].length;
    const braces = q[0][0] === '{';
    const min = braces ? Number(q[1]) : q[0][0] === '+' ? 1 : 0;
    const max = !braces ? Infinity : q[2] === undefined ? min : q[2] === '' ? Infinity : Number(q[2]);
    if (max === 0) return EMPTY();
    return { ...atom, nullable: atom.nullable || min === 0 };
  }

  private atom(): Part {
    const c = this.src[this.pos];
    if (c === '(') return this.group();
    if (c === '[') return this.charClass();
    if (c === '^' || c === '$') {
      this.pos++;
      return EMPTY();
    }
    if (c === '.') {
      this.pos++;
      return ANY();
    }
    if (c === '\\') return this.escape();
    const ch = String.fromCodePoint(this.src.codePointAt(this.pos)!);
    this.pos += ch.length;
    return CHARS([ch[ch.length - 1]]);
  }

  private group(): Part {
    const head = /^\((\?(?::|=|!|<=|<!|<[A-Za-z_$][\w$]*>))?/.exec(this.src.slice(this.pos))!;
    this.pos += head[0].length;
    const inner = this.alternation();
    if (this.src[this.pos] !== ')') throw new Unknown();
    this.pos++;
    const kind = head[1] ?? '';
    // A lookaround consumes nothing.
    if (kind === '?=' || kind === '?!' || kind === '?<=' || kind === '?<!') return EMPTY();
    return inner;
  }

  private escape(): Part {
    const next = this.src[this.pos + 1];
    if (next === undefined) throw new Unknown();
    if (next === 'd') {
      this.pos += 2;
      return CHARS(DIGITS);
    }
    if (next === 'b' || next === 'B') {
      this.pos += 2;
      return EMPTY();
    }
    const property = /^\\[pP]\{[^}]*\}/.exec(this.src.slice(this.pos));
    if (property || 'DwWsS'.includes(next)) {
      this.pos += property ? property[0].length : 2;
      return ANY();
    }
    return CHARS([this.escapedChar()]);
  }

  /** One escaped character (\u4e00, \u{4e00}, \- …) at pos; Unknown for a class escape. */
  private escapedChar(): string {
    const rest = this.src.slice(this.pos);
    const hex = /^\\u(?:\{([0-9a-fA-F]+)\}|([0-9a-fA-F]{4}))/.exec(rest);
    if (hex) {
      this.pos += hex[0].length;
      const ch = String.fromCodePoint(parseInt(hex[1] ?? hex[2], 16));
      return ch[ch.length - 1];
    }
    const next = rest[1];
    if (next === undefined || /[A-Za-z0-9]/.test(next)) {
      const controls: Record<string, string> = { n: '\n', r: '\r', t: '\t', f: '\f', v: '\v' };
      if (next !== undefined && controls[next]) {
        this.pos += 2;
        return controls[next];
      }
      throw new Unknown();
    }
    this.pos += 2;
    return next;
  }

  private charClass(): Part {
    this.pos++;
    const negated = this.src[this.pos] === '^';
    if (negated) this.pos++;
    const last = new Set<string>();
    let any = negated;
    while (this.src[this.pos] !== ']') {
      if (this.pos >= this.src.length) throw new Unknown();
      if (this.src.startsWith('\\d', this.pos)) {
        this.pos += 2;
        for (const d of DIGITS) last.add(d);
        continue;
      }
      const property = /^\\(?:[pP]\{[^}]*\}|[DwWsS])/.exec(this.src.slice(this.pos));
      if (property) {
        this.pos += property[0].length;
        any = true;
        continue;
      }
      const from = this.classChar();
      if (this.src[this.pos] === '-' && this.src[this.pos + 1] !== ']') {
        this.pos++;
        const to = this.classChar();
        const a = from.codePointAt(0)!;
        const b = to.codePointAt(0)!;
        if (b < a) throw new Unknown();
        if (b - a > MAX_RANGE || b > 0xffff) any = true;
        else for (let code = a; code <= b; code++) last.add(String.fromCharCode(code));
        continue;
      }
      last.add(from[from.length - 1]);
    }
    this.pos++;
    // A negated class's characters are the ones it cannot end with: any other can.
    return negated ? ANY() : { last, any, nullable: false };
  }

  private classChar(): string {
    if (this.src[this.pos] === '\\') return this.escapedChar();
    const ch = String.fromCodePoint(this.src.codePointAt(this.pos)!);
    this.pos += ch.length;
    return ch;
  }
}
