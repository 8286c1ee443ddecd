import { locateJsonError } from './json-location';

/** Why a file never reached the validator. Same shape as a journey `Problem`, plus a position. */
export interface FileProblem {
  code: 'FILE_UNREADABLE' | 'INVALID_JSON';
  severity: 'error';
  message: string;
  path: Array<string | number>;
  line?: number;
  column?: number;
}

export type JsonRead = { ok: true; value: unknown } | { ok: false; problem: FileProblem };

/** Reads a file as UTF-8 text; the CLI passes `fs.readFile`, tests pass a map. */
export type ReadText = (path: string) => Promise<string>;

const BOM = '\uFEFF';

/**
 * Parses JSON text, locating a syntax error by line and column. A leading byte-order mark
 * (Windows editors write one) is ignored.
 * @example parseJsonText('{"a": tru}') // { ok: false, problem: { code: 'INVALID_JSON', line: 1, column: 7, … } }
 */
export function parseJsonText(text: string): JsonRead {
  const body = text.startsWith(BOM) ? text.slice(1) : text;
  try {
    return { ok: true, value: JSON.parse(body) as unknown };
  } catch (error) {
    const where = locateJsonError(body);
    if (where && body.trim() === '') where.message = 'the file is empty';
    const problem: FileProblem = where
      ? {
          code: 'INVALID_JSON',
          severity: 'error',
          message: `not valid JSON at line ${where.line}, column ${where.column}: ${where.message}`,
          path: [],
          line: where.line,
          column: where.column,
        }
      : {
          code: 'INVALID_JSON',
          severity: 'error',
          message: `not valid JSON: ${error instanceof Error ? error.message : String(error)}`,
          path: [],
        };
    return { ok: false, problem };
  }
}

function unreadableMessage(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'ENOENT') return 'file not found';
  if (code === 'EISDIR') return 'is a directory, not a file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return `cannot read the file: ${error instanceof Error ? error.message : String(error)}`;
}

/**
 * Reads and parses a JSON file; never throws. A missing or unreadable file is FILE_UNREADABLE,
 * bad syntax INVALID_JSON with its line and column.
 * @example const read = await readJsonFile('a.journey.json', (p) => readFile(p, 'utf8'));
 */
export async function readJsonFile(path: string, readText: ReadText): Promise<JsonRead> {
  let text: string;
  try {
    text = await readText(path);
  } catch (error) {
    return {
      ok: false,
      problem: {
        code: 'FILE_UNREADABLE',
        severity: 'error',
        message: unreadableMessage(error),
        path: [],
      },
    };
  }
  return parseJsonText(text);
}
