import { describe, expect, it } from 'vitest';
import type { JourneyListItem } from '../api/journey-types';
import { journeyListView } from './journey-list-view';

const journey = (overrides: Partial<JourneyListItem>): JourneyListItem => ({
  id: 'j',
  name: 'J',
  draftUpdatedAt: '2026-03-01T00:00:00.000Z',
  archivedAt: null,
  latestVersion: null,
  latestPublishedAt: null,
  problemCount: 0,
  errorCount: 0,
  ...overrides,
});

const list = [
  journey({
    id: 'gentle',
    name: 'Gentle ladder',
    draftUpdatedAt: '2026-03-02T00:00:00.000Z',
    latestVersion: 2,
  }),
  journey({ id: 'broken', name: 'broken draft', errorCount: 3 }),
  journey({ id: 'new-one', name: 'Arrears early', draftUpdatedAt: '2026-03-05T00:00:00.000Z' }),
  journey({ id: 'old', name: 'Old', archivedAt: '2026-03-03T00:00:00.000Z', latestVersion: 1 }),
];
const ids = (items: JourneyListItem[]) => items.map((j) => j.id);

describe('journeyListView', () => {
  it('finds by name or id, in any case, ignoring spaces around the search', () => {
    expect(ids(journeyListView(list, '  LADDER ', 'name'))).toEqual(['gentle']);
    expect(ids(journeyListView(list, 'new-', 'name'))).toEqual(['new-one']);
    expect(journeyListView(list, 'nothing like it', 'name')).toEqual([]);
  });

  it('sorts by name (any case), by last edit newest first, and by status', () => {
    expect(ids(journeyListView(list, '', 'name'))).toEqual(['new-one', 'broken', 'gentle', 'old']);
    expect(ids(journeyListView(list, '', 'edited'))).toEqual([
      'new-one',
      'gentle',
      'broken',
      'old',
    ]);
    // to fix, ready to publish, live, archived
    expect(ids(journeyListView(list, '', 'status'))).toEqual([
      'broken',
      'new-one',
      'gentle',
      'old',
    ]);
  });
});
