/**
 * The value for `key` in `map`, made and stored on first use. The map is emptied when it reaches
 * `capacity`: a bounded memo for pure answers that repeat (the same instants, zones and amounts
 * across thousands of simulated borrowers), never a store of anything that must stay.
 * @example const text = remember(localTexts, instant, 10_000, () => formatOnce(instant));
 */
export function remember<K, V>(map: Map<K, V>, key: K, capacity: number, make: () => V): V {
  let value = map.get(key);
  if (value === undefined) {
    value = make();
    if (map.size >= capacity) map.clear();
    map.set(key, value);
  }
  return value;
}
