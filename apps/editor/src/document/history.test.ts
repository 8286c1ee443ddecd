import { beforeEach, describe, expect, it } from 'vitest';
import { openDocument, smallJourney } from '../test-fixtures';
import { useDocument } from './document-store';
import { beginGesture, edit, endGesture, redo, undo } from './history';
import { addNode, deleteElements, updateNodeData } from './node-actions';

const ids = () => useDocument.getState().nodes.map((n) => n.id);

describe('undo and redo', () => {
  beforeEach(() => openDocument(smallJourney()));

  it('undoes and redoes every change', () => {
    addNode('split', { x: 0, y: 0 });
    deleteElements(['bye'], []);
    expect(ids()).toEqual(['wait', 'hello', 'split-1']);
    undo();
    expect(ids()).toEqual(['wait', 'hello', 'bye', 'split-1']);
    undo();
    expect(ids()).toEqual(['wait', 'hello', 'bye']);
    redo();
    expect(ids()).toEqual(['wait', 'hello', 'bye', 'split-1']);
  });

  it('merges quick edits of one field into one step, but not edits of different fields', () => {
    updateNodeData('hello', (d) => ({ ...d, label: 'H' }), 'hello.label');
    updateNodeData('hello', (d) => ({ ...d, label: 'Hi' }), 'hello.label');
    updateNodeData('wait', (d) => ({ ...d, label: 'W' }), 'wait.label');
    undo();
    expect(useDocument.getState().nodes[1]?.data.label).toBe('Hi');
    undo();
    expect(useDocument.getState().nodes[1]?.data.label).toBeUndefined();
  });

  it('does not record selection as a change', () => {
    useDocument.setState((s) => ({ nodes: s.nodes.map((n) => ({ ...n, selected: true })) }));
    expect(useDocument.temporal.getState().pastStates).toHaveLength(0);
  });

  it('makes a whole drag one step back to where it began', () => {
    beginGesture();
    for (let x = 1; x <= 5; x++) {
      useDocument.setState((s) => ({
        nodes: s.nodes.map((n) => (n.id === 'wait' ? { ...n, position: { x: x * 10, y: 0 } } : n)),
      }));
    }
    endGesture();
    expect(useDocument.temporal.getState().pastStates).toHaveLength(1);
    undo();
    expect(useDocument.getState().nodes[0]?.position).toEqual({ x: 0, y: 0 });
  });

  it('edit() records one step per call without a key', () => {
    edit((s) => ({ meta: { ...s.meta, name: 'A' } }));
    edit((s) => ({ meta: { ...s.meta, name: 'B' } }));
    undo();
    expect(useDocument.getState().meta.name).toBe('A');
  });
});
