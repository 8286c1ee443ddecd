// Nesting is measured on the raw text, before anything recursive (zod, drizzle's JSON, the DSL's
// walkers) sees the value: 10,000 nested arrays would otherwise end in "Maximum call stack size
// exceeded" somewhere deep in a route.

/** How deep a request body's JSON may nest. A journey draft is about 8 levels deep. */
export const maxJsonDepth = 32;

/**
 * Whether the JSON text nests deeper than `max` arrays/objects. Brackets inside strings do not
 * count; the text need not be valid JSON (the parser says so afterwards).
 * @example jsonDepthExceeds('[[[]]]', 2) // true
 */
export function jsonDepthExceeds(text: string, max: number = maxJsonDepth): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (inString) {
      if (ch === 0x5c)
        i++; // backslash: skip the escaped character
      else if (ch === 0x22) inString = false;
    } else if (ch === 0x22) inString = true;
    else if (ch === 0x5b || ch === 0x7b) {
      if (++depth > max) return true;
    } else if (ch === 0x5d || ch === 0x7d) depth--;
  }
  return false;
}
