// Ways to break a valid request, each a deterministic function of fast-check's random source.
// What the review found crashing routes is all here: NUL, lone surrogates, control
// characters, deep nesting, huge values, wrong types, missing and extra fields, bad content types.
import fc, { type Arbitrary } from 'fast-check';

export const nastyStrings = [
  'a\u0000b',
  '\ud800',
  'x\udfffy',
  'bell\u0007',
  'esc\u001b[31m',
  '\u0085next-line',
  "' OR 1=1 --",
  'Robert"); DROP TABLE borrowers;--',
  '<script>alert(1)</script>',
  '{{ 7 | times: 7 }}{% include "x" %}',
  '${7*7}',
  '../../../etc/passwd',
  '%00',
  '9999-12-31T23:59:59Z',
  '-1',
  '1e400',
  'true',
  '',
  ' ',
  '😀'.repeat(50),
] as const;

export const nastyValues: readonly unknown[] = [
  ...nastyStrings,
  'x'.repeat(100_000),
  0,
  -1,
  1e15,
  -1e308,
  1.5,
  Number.MAX_SAFE_INTEGER,
  true,
  null,
  [],
  {},
  [[[[[[[[[[]]]]]]]]]],
  JSON.parse('{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}'),
];

type Path = Array<string | number>;

/** Every place in a JSON value a mutation can hit (the root included). */
function pathsOf(value: unknown, path: Path = [], out: Path[] = []): Path[] {
  out.push(path);
  if (Array.isArray(value)) value.forEach((v, i) => pathsOf(v, [...path, i], out));
  else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) pathsOf(v, [...path, k], out);
  }
  return out;
}

function setAt(root: unknown, path: Path, replace: (old: unknown) => unknown): unknown {
  if (path.length === 0) return replace(root);
  const copy: unknown = structuredClone(root);
  let parent = copy as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  parent[last] = replace(parent[last]);
  return copy;
}

function removeAt(root: unknown, path: Path): unknown {
  if (path.length === 0) return undefined;
  const copy: unknown = structuredClone(root);
  let parent = copy as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  if (Array.isArray(parent)) parent.splice(Number(last), 1);
  else delete parent[last];
  return copy;
}

export type BodyMutation =
  | { kind: 'json'; value: unknown; label: string }
  | { kind: 'raw'; text: string; contentType: string; label: string };

/**
 * A broken version of a valid JSON body: a field replaced by a nasty value, removed, or joined
 * by an extra one; or a body that is no JSON object at all.
 */
export function malformedBody(valid: unknown): Arbitrary<BodyMutation> {
  const paths = pathsOf(valid);
  const at = fc.constantFrom(...paths);
  const json = JSON.stringify(valid ?? {});
  return fc.oneof(
    fc.tuple(at, fc.constantFrom(...nastyValues)).map(([path, bad]) => ({
      kind: 'json' as const,
      value: setAt(valid, path, () => bad),
      label: 'nasty value',
    })),
    at.map((path) => ({
      kind: 'json' as const,
      value: removeAt(valid, path) ?? {},
      label: 'missing field',
    })),
    fc.constantFrom(...nastyStrings).map((bad) => ({
      kind: 'json' as const,
      value:
        typeof valid === 'object' && valid !== null && !Array.isArray(valid)
          ? { ...valid, [`extra${bad}`]: bad }
          : [valid, bad],
      label: 'extra field',
    })),
    fc.constantFrom(
      {
        kind: 'raw' as const,
        text: '['.repeat(10_000) + ']'.repeat(10_000),
        contentType: 'application/json',
        label: 'deep nesting',
      },
      {
        kind: 'raw' as const,
        text: `{"data":${'{"a":'.repeat(5_000)}1${'}'.repeat(5_000)}}`,
        contentType: 'application/json',
        label: 'deep objects',
      },
      {
        kind: 'raw' as const,
        text: json.slice(0, Math.max(1, json.length - 1)),
        contentType: 'application/json',
        label: 'truncated JSON',
      },
      { kind: 'raw' as const, text: json, contentType: 'text/plain', label: 'wrong content type' },
      { kind: 'raw' as const, text: '<a>1</a>', contentType: 'application/xml', label: 'XML' },
      { kind: 'raw' as const, text: '', contentType: 'application/json', label: 'empty body' },
      {
        kind: 'raw' as const,
        text: 'a,b\n\u0000,\ud800',
        contentType: 'text/csv',
        label: 'CSV with NUL',
      },
    ),
  );
}
