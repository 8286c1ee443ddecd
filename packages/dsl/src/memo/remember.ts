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

/**
 * The map stored under `key` in `outer`, made empty on first use; `outer` is emptied when it
 * reaches `capacity`. For memos keyed at several levels (zone, then day, then time) on paths that
 * run many times a step: unlike `remember`, nothing is allocated when the map is already there.
 * @example const byInstant = innerMap(sums, timeZone, 100); // Map<string, string>
 */
export function innerMap<K, K2, V>(
  outer: Map<K, Map<K2, V>>,
  key: K,
  capacity: number,
): Map<K2, V> {
  let inner = outer.get(key);
  if (inner === undefined) {
    inner = new Map<K2, V>();
    if (outer.size >= capacity) outer.clear();
    outer.set(key, inner);
  }
  return inner;
}

/**
 * The map kept for `owner` (an object such as a compiled journey or a lender) in `byOwner`, made
 * empty on first use; it lives as long as its owner does.
 * @example const byLocale = mapOf(lenderFacts, lender); // Map<string, LenderFacts>
 */
export function mapOf<O extends object, K, V>(byOwner: WeakMap<O, Map<K, V>>, owner: O): Map<K, V> {
  let map = byOwner.get(owner);
  if (map === undefined) {
    map = new Map<K, V>();
    byOwner.set(owner, map);
  }
  return map;
}
