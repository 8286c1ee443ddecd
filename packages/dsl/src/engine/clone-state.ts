// `structuredClone` serialises and deserialises the whole state on every step (~30 µs for a
// typical enrollment). The state is plain JSON-like data written by the engine itself, and a
// recursive copy of plain objects and arrays gives the same result several times faster. Anything
// else (a Date, a Map, a class instance, a cycle, a hole in an array…) falls back to
// `structuredClone`, so the result, and any error, stay exactly what they were.

const MAX_DEPTH = 64;

class NotPlain extends Error {}

/**
 * A deep copy of engine state, equal to `structuredClone(value)` for the plain data it holds.
 * @example const copy = cloneState(state); copy.counters.messagesSent += 1; // state unchanged
 */
export function cloneState<T>(value: T): T {
  try {
    return copy(value, 0) as T;
  } catch (error) {
    if (error instanceof NotPlain) return structuredClone(value);
    throw error;
  }
}

function copy(value: unknown, depth: number): unknown {
  if (typeof value !== 'object' || value === null) {
    if (typeof value === 'function' || typeof value === 'symbol') throw new NotPlain();
    return value;
  }
  // Deep nesting means a cycle or odd data: structuredClone knows what to do with both.
  if (depth > MAX_DEPTH) throw new NotPlain();
  if (Array.isArray(value)) {
    if (Object.getPrototypeOf(value) !== Array.prototype) throw new NotPlain();
    const length = value.length;
    const out: unknown[] = new Array<unknown>(length);
    for (let i = 0; i < length; i++) {
      if (!(i in value)) throw new NotPlain();
      out[i] = copy(value[i], depth + 1);
    }
    // Named properties on an array survive structuredClone: leave such arrays to it.
    if (Object.keys(value).length !== length) throw new NotPlain();
    return out;
  }
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) throw new NotPlain();
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    // Assigning "__proto__" would set the prototype, not copy the property.
    if (key === '__proto__') throw new NotPlain();
    out[key] = copy((value as Record<string, unknown>)[key], depth + 1);
  }
  return out;
}
