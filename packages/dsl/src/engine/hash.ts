/**
 * FNV-1a (32-bit) of a string as a number in [0, 1). Small, fast and the same everywhere, which
 * is all an A/B split needs: the same enrollment lands in the same variant on every replay.
 */
export function unitHash(input: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < input.length; i++) {
    hash ^= input.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) / 0x1_0000_0000;
}
