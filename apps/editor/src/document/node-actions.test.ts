import { beforeEach, describe, expect, it } from 'vitest';
import { openDocument, smallJourney } from '../test-fixtures';
import { useDocument } from './document-store';
import { writeDocument } from './journey-document';
import { addNode, deleteElements, insertNodeOnEdge, renameNode } from './node-actions';

const doc = () =>
  writeDocument(useDocument.getState()) as {
    start: string;
    nodes: Array<{ id: string; next: Record<string, string> }>;
  };

describe('node actions', () => {
  beforeEach(() => openDocument(smallJourney()));

  it('inserts a dropped node into a connection: a → new → b', () => {
    const id = insertNodeOnEdge('wait:done', 'wait', { x: 100, y: 0 });
    expect(id).toBe('wait-1');
    const nodes = doc().nodes;
    expect(nodes.find((n) => n.id === 'wait')?.next).toEqual({ done: 'wait-1' });
    expect(nodes.find((n) => n.id === 'wait-1')?.next).toEqual({ done: 'hello' });
  });

  it('adds a selected node with a fresh id and makes the first node of an empty journey its start', () => {
    openDocument(smallJourney({ nodes: [], start: '' }));
    const id = addNode('remind', { x: 0, y: 0 });
    expect(id).toBe('remind-1');
    expect(useDocument.getState().nodes[0]?.selected).toBe(true);
    expect(doc().start).toBe('remind-1');
  });

  it('renames a node and everything that points at it', () => {
    expect(renameNode('wait', 'pause')).toBe(true);
    expect(doc().start).toBe('pause');
    expect(doc().nodes[0]).toMatchObject({ id: 'pause', next: { done: 'hello' } });
    expect(renameNode('pause', 'hello')).toBe(false);
  });

  it('deletes nodes with their connections', () => {
    deleteElements(['hello'], []);
    expect(doc().nodes.map((n) => n.id)).toEqual(['wait', 'bye']);
    expect(doc().nodes[0]?.next).toEqual({});
  });
});
