import { factCatalogue } from '../facts/facts';

/**
 * Edit distance counting a swap of two neighbours as one edit ("snet" → "sent"), or
 * `limit + 1` as soon as it must exceed `limit`. The bound keeps "did you mean" cheap even
 * when a journey with a thousand nodes is full of typos.
 */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, (before[j - 2] ?? 0) + 1);
      }
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    // A swap reaches back two rows, so stop only when both rows are over the limit.
    if (rowMin > limit && Math.min(...previous) > limit) return limit + 1;
    before = previous;
    previous = current;
  }
  return Math.min(previous[b.length] ?? limit + 1, limit + 1);
}

/**
 * The candidate closest to `word`, if it is close enough to be a likely typo: one edit per
 * three characters, at most three, none for words shorter than three (any two short ids are
 * "close"). Ties go to the earlier candidate.
 * @example closestMatch('wiat-2d', ['hello', 'wait-2d']) // 'wait-2d'
 */
export function closestMatch(word: string, candidates: Iterable<string>): string | undefined {
  const limit = Math.min(3, Math.floor(word.length / 3));
  if (limit === 0) return undefined;
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const candidate of candidates) {
    if (candidate === word) continue;
    const distance = editDistance(word.toLowerCase(), candidate.toLowerCase(), limit);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/** ` Did you mean "x"?`, or nothing when no candidate is close. */
export function didYouMean(word: string, candidates: Iterable<string>): string {
  const match = closestMatch(word, candidates);
  return match === undefined ? '' : ` Did you mean "${match}"?`;
}

const factPaths = factCatalogue.map((fact) => fact.path);
const openGroups = ['borrower.attributes', 'account.attributes'];

/**
 * How to fix an unknown fact name: the fact it was probably meant to be, the facts of a group
 * named on its own (`borrower`), or where the list of facts lives.
 * @example factHint('borower.firstName') // ' Did you mean "borrower.firstName"?'
 */
export function factHint(path: string): string {
  if (openGroups.includes(path)) {
    return ` Name one attribute, e.g. "${path}.tier".`;
  }
  const members = factPaths.filter((fact) => fact.startsWith(`${path}.`));
  if (members.length > 0) {
    const shown = members.slice(0, 4).map((fact) => `"${fact}"`);
    return ` It is a group of facts, not a value: name one of them, e.g. ${shown.join(', ')}.`;
  }
  const [first = '', second = '', ...rest] = path.split('.');
  const group = rest.length > 0 ? closestMatch(`${first}.${second}`, openGroups) : undefined;
  if (group !== undefined) return ` Did you mean "${[group, ...rest].join('.')}"?`;
  return didYouMean(path, factPaths) || ' See the list of facts in docs/dsl.md.';
}
