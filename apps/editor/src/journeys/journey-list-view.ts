import type { JourneyListItem } from '../api/journey-types';

export type JourneySort = 'name' | 'edited' | 'status';

/**
 * Where a journey stands, in the order the status sort shows them: what needs fixing first,
 * then drafts ready to publish, then live ones, archived last.
 */
export function journeyStatus(j: JourneyListItem): 0 | 1 | 2 | 3 {
  if (j.archivedAt !== null) return 3;
  if (j.errorCount > 0) return 0;
  return j.latestVersion === null ? 1 : 2;
}

const byName = (a: JourneyListItem, b: JourneyListItem) =>
  a.name.localeCompare(b.name, undefined, { sensitivity: 'base' }) || a.id.localeCompare(b.id);

/**
 * The journeys whose name or id contains `search` (any case, spaces around ignored), sorted by
 * name, by last edit (newest first) or by status (then name).
 * @example journeyListView(journeys, 'ladder', 'edited')
 */
export function journeyListView(
  journeys: readonly JourneyListItem[],
  search: string,
  sort: JourneySort,
): JourneyListItem[] {
  const needle = search.trim().toLocaleLowerCase();
  const found = needle
    ? journeys.filter(
        (j) =>
          j.name.toLocaleLowerCase().includes(needle) || j.id.toLocaleLowerCase().includes(needle),
      )
    : [...journeys];
  const compare =
    sort === 'name'
      ? byName
      : sort === 'edited'
        ? (a: JourneyListItem, b: JourneyListItem) =>
            b.draftUpdatedAt.localeCompare(a.draftUpdatedAt) || byName(a, b)
        : (a: JourneyListItem, b: JourneyListItem) =>
            journeyStatus(a) - journeyStatus(b) || byName(a, b);
  return found.sort(compare);
}
