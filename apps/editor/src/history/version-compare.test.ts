import { describe, expect, it } from 'vitest';
import { smallJourney, smallJourneyChanged } from '../test-fixtures';
import { compareVersions } from './version-compare';

const v1 = smallJourney();
const v2 = smallJourneyChanged();

describe('compareVersions', () => {
  it('draws B with added and changed steps marked, and A’s removed steps as ghosts', () => {
    const { nodes, counts, edges } = compareVersions(v1, v2);
    const marks = Object.fromEntries(nodes.map((n) => [n.id, n.data.mark]));
    expect(marks).toEqual({
      wait: null,
      hello: 'changed',
      call: 'added',
      'removed:bye': 'removed',
    });
    expect(counts).toEqual({ added: 1, changed: 1, removed: 1 });
    expect(nodes.every((n) => n.draggable === false && n.connectable === false)).toBe(true);
    expect(edges.find((e) => e.source === 'hello')?.className).toBe('edge-changed');
  });

  it('marks nothing between equal versions', () => {
    const { counts, nodes } = compareVersions(v1, v1);
    expect(counts).toEqual({ added: 0, changed: 0, removed: 0 });
    expect(nodes.map((n) => n.data.mark)).toEqual([null, null, null]);
  });
});
