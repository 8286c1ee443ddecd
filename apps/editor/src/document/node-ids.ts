/**
 * A node id that is not taken yet, from a readable base: "remind" → "remind-2" when
 * "remind-1" exists. Ids stay valid journey/v1 node ids (letters, digits, "-", "_").
 * @example freshNodeId('promiseToPay', new Set(['promise-to-pay-1'])) // 'promise-to-pay-2'
 */
export function freshNodeId(base: string, taken: ReadonlySet<string>): string {
  const stem =
    base
      .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
      .replace(/[^A-Za-z0-9-_]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .toLowerCase() || 'node';
  for (let n = 1; ; n++) {
    const id = `${stem}-${n}`;
    if (!taken.has(id)) return id;
  }
}
