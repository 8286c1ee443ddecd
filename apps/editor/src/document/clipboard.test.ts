import { beforeEach, describe, expect, it } from 'vitest';
import { openDocument, smallJourney } from '../test-fixtures';
import { copySelection, pasteClip, storedClip } from './clipboard';
import { useDocument } from './document-store';

describe('copy and paste', () => {
  beforeEach(() => {
    localStorage.clear();
    openDocument(smallJourney());
  });

  it('copies the selected nodes with the connections between them and pastes them with fresh ids', () => {
    useDocument.setState((s) => ({
      nodes: s.nodes.map((n) => ({ ...n, selected: n.id !== 'bye' })),
    }));
    expect(copySelection()).toBe(2);
    const clip = storedClip();
    expect(clip?.edges).toEqual([{ source: 'wait', port: 'done', target: 'hello' }]);
    expect(pasteClip(clip!)).toBe(2);
    const { nodes, edges } = useDocument.getState();
    expect(nodes.map((n) => n.id)).toEqual(['wait', 'hello', 'bye', 'wait-1', 'remind-1']);
    expect(edges.find((e) => e.source === 'wait-1')).toMatchObject({
      sourceHandle: 'done',
      target: 'remind-1',
    });
    expect(nodes.filter((n) => n.selected).map((n) => n.id)).toEqual(['wait-1', 'remind-1']);
  });

  it('pastes into another journey, keeping ids that are free there', () => {
    useDocument.setState((s) => ({
      nodes: s.nodes.map((n) => ({ ...n, selected: n.id === 'hello' })),
    }));
    copySelection();
    openDocument(smallJourney({ id: 'other', nodes: [], start: '' }));
    pasteClip(storedClip()!);
    expect(useDocument.getState().nodes.map((n) => [n.id, n.data.nodeType])).toEqual([
      ['hello', 'remind'],
    ]);
  });

  it('copies nothing when nothing is selected', () => {
    expect(copySelection()).toBe(0);
    expect(storedClip()).toBeNull();
  });
});
