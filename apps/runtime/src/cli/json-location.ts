// Node 20's JSON.parse names a position for some syntax errors but not for others
// ("Unexpected token '}', ... is not valid JSON"), so a small strict scanner finds where the
// text first stops being JSON. It only runs after JSON.parse has already failed.

/** Where a JSON text first goes wrong, 1-based like an editor's status bar. */
export interface JsonSyntaxError {
  message: string;
  offset: number;
  line: number;
  column: number;
}

class ScanError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

/** 1-based line and column of a UTF-16 offset; "\r\n", "\n" and "\r" all end a line. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split(/\r\n|\r|\n/);
  return { line: before.length, column: (before[before.length - 1]?.length ?? 0) + 1 };
}

class Scanner {
  private pos = 0;
  constructor(private readonly text: string) {}

  document(): void {
    this.value();
    this.space();
    if (this.pos < this.text.length) this.fail('unexpected text after the JSON value');
  }

  private fail(message: string): never {
    throw new ScanError(message, this.pos);
  }

  private describe(): string {
    const char = this.text[this.pos];
    return char === undefined ? 'the end of the file' : JSON.stringify(char);
  }

  private space(): void {
    while (/[ \t\n\r]/.test(this.text[this.pos] ?? '')) this.pos++;
  }

  private value(): void {
    this.space();
    const char = this.text[this.pos];
    if (char === '{') return this.container('}', () => this.member());
    if (char === '[') return this.container(']', () => this.value());
    if (char === '"') return this.string();
    if (char !== undefined && /[-0-9]/.test(char)) return this.number();
    for (const word of ['true', 'false', 'null']) {
      if (this.text.startsWith(word, this.pos)) {
        this.pos += word.length;
        return;
      }
    }
    this.fail(`expected a value but found ${this.describe()}`);
  }

  private container(close: string, item: () => void): void {
    this.pos++;
    this.space();
    if (this.text[this.pos] === close) {
      this.pos++;
      return;
    }
    for (;;) {
      item();
      this.space();
      const char = this.text[this.pos];
      if (char === close) {
        this.pos++;
        return;
      }
      if (char !== ',') this.fail(`expected "," or "${close}" but found ${this.describe()}`);
      this.pos++;
      this.space();
      if (this.text[this.pos] === close) this.fail(`trailing comma before "${close}"`);
    }
  }

  private member(): void {
    this.space();
    if (this.text[this.pos] !== '"') {
      this.fail(`expected a double-quoted property name but found ${this.describe()}`);
    }
    this.string();
    this.space();
    if (this.text[this.pos] !== ':') this.fail(`expected ":" but found ${this.describe()}`);
    this.pos++;
    this.value();
  }

  private string(): void {
    const start = this.pos;
    this.pos++;
    for (;;) {
      const char = this.text[this.pos];
      if (char === undefined) throw new ScanError('unterminated string', start);
      if (char === '"') {
        this.pos++;
        return;
      }
      if (char < ' ') this.fail('control character (such as a raw line break) inside a string');
      if (char === '\\') {
        const escape = this.text.slice(this.pos + 1, this.pos + 6);
        if (/^["\\/bfnrt]/.test(escape)) this.pos += 2;
        else if (/^u[0-9a-fA-F]{4}/.test(escape)) this.pos += 6;
        else this.fail('invalid escape in a string');
      } else this.pos++;
    }
  }

  private number(): void {
    const match = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(this.text.slice(this.pos));
    if (!match) this.fail('invalid number');
    this.pos += match[0].length;
    if (/[0-9.eE]/.test(this.text[this.pos] ?? '')) this.fail('invalid number');
  }
}

/**
 * Where and why a text is not valid JSON (RFC 8259), or null when it is valid.
 * @example locateJsonError('{\n  "a": 1,\n}') // { message: 'trailing comma before "}"', offset: 12, line: 3, column: 1 }
 */
export function locateJsonError(text: string): JsonSyntaxError | null {
  try {
    new Scanner(text).document();
    return null;
  } catch (error) {
    // Nesting deep enough to exhaust the stack: the caller keeps JSON.parse's own message.
    if (error instanceof RangeError) return null;
    if (!(error instanceof ScanError)) throw error;
    return { message: error.message, offset: error.offset, ...lineAndColumn(text, error.offset) };
  }
}
