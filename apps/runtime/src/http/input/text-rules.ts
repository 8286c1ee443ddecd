// What no string in a request may contain. Postgres refuses NUL in text, a lone UTF-16 surrogate
// cannot be encoded as UTF-8 (so it cannot be stored or sent), and other control characters in a
// name or a message text are invisible trouble (terminal escapes, broken CSV exports). Tab, line
// feed and carriage return stay allowed: templates and notes have lines.

// A high surrogate not followed by a low one, or a low one not preceded by a high one (no `u`
// flag: it must see code units). String#isWellFormed needs lib es2024.
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
// Cc other than \t \n \r: C0, DEL and C1.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0001-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

/**
 * Why `text` may not be accepted, or null when it is fine.
 * @example unsafeTextReason('Ann\u0000') // "must not contain NUL characters"
 */
export function unsafeTextReason(text: string): string | null {
  if (text.includes('\u0000')) return 'must not contain NUL characters';
  if (LONE_SURROGATE.test(text)) return 'must not contain lone UTF-16 surrogates';
  if (CONTROL.test(text)) return 'must not contain control characters';
  return null;
}

export interface UnsafeText {
  path: string;
  message: string;
}

/**
 * The first string (value or key) in a parsed JSON value that breaks the rules above, with its
 * path ("borrower.firstName", "rows.3.attributes"). Walks with a stack, not recursion, so no
 * input shape can exhaust the call stack.
 * @example findUnsafeText({ a: ['\ud800'] }) // { path: 'a.0', message: '…surrogates' }
 */
export function findUnsafeText(root: unknown, prefix = ''): UnsafeText | null {
  const stack: Array<{ value: unknown; path: string }> = [{ value: root, path: prefix }];
  const join = (path: string, key: string) => (path ? `${path}.${key}` : key);
  while (stack.length > 0) {
    const { value, path } = stack.pop()!;
    if (typeof value === 'string') {
      const reason = unsafeTextReason(value);
      if (reason) return { path: path || 'body', message: reason };
    } else if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--)
        stack.push({ value: value[i], path: join(path, String(i)) });
    } else if (value !== null && typeof value === 'object') {
      for (const [key, child] of Object.entries(value).reverse()) {
        const reason = unsafeTextReason(key);
        // The key itself is the problem: name where it sits, not the unprintable key.
        if (reason) return { path: path || 'body', message: `a field name ${reason}` };
        stack.push({ value: child, path: join(path, key) });
      }
    }
  }
  return null;
}
