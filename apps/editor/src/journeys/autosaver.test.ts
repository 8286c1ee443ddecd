import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useDocument } from '../document/document-store';
import { writeDocument } from '../document/journey-document';
import { updateNodeData } from '../document/node-actions';
import { openDocument, smallJourney } from '../test-fixtures';
import { startAutosaver, type SaveStatus } from './autosaver';

describe('startAutosaver', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    openDocument(smallJourney());
  });
  afterEach(() => vi.useRealTimers());

  const start = (save: (d: Record<string, unknown>) => Promise<unknown>) => {
    const statuses: SaveStatus['state'][] = [];
    const saver = startAutosaver({
      save,
      savedText: JSON.stringify(writeDocument(useDocument.getState())),
      delayMs: 800,
      onStatus: (s) => statuses.push(s.state),
    });
    return { saver, statuses };
  };

  it('saves once a moment after a burst of changes, with the latest document', async () => {
    const save = vi.fn((_document: Record<string, unknown>) => Promise.resolve());
    const { saver, statuses } = start(save);
    updateNodeData('hello', (d) => ({ ...d, label: 'A' }));
    updateNodeData('hello', (d) => ({ ...d, label: 'AB' }));
    await vi.advanceTimersByTimeAsync(799);
    expect(save).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(save).toHaveBeenCalledTimes(1);
    expect(save.mock.calls[0]?.[0]).toMatchObject({ nodes: [{}, { label: 'AB' }, {}] });
    expect(statuses).toEqual(['pending', 'saving', 'saved']);
    saver.stop();
  });

  it('does not save when only the selection changed', async () => {
    const save = vi.fn((_document: Record<string, unknown>) => Promise.resolve());
    const { saver } = start(save);
    useDocument.setState((s) => ({ nodes: s.nodes.map((n) => ({ ...n, selected: true })) }));
    await vi.advanceTimersByTimeAsync(2000);
    expect(save).not.toHaveBeenCalled();
    saver.stop();
  });

  it('reports a failed save and saves again on the next change', async () => {
    const save = vi.fn().mockRejectedValueOnce(new Error('offline')).mockResolvedValue(undefined);
    const { saver, statuses } = start(save);
    updateNodeData('hello', (d) => ({ ...d, label: 'A' }));
    await vi.advanceTimersByTimeAsync(800);
    expect(statuses.at(-1)).toBe('error');
    expect(saver.dirty()).toBe(true);
    updateNodeData('hello', (d) => ({ ...d, label: 'B' }));
    await vi.advanceTimersByTimeAsync(800);
    expect(save).toHaveBeenCalledTimes(2);
    expect(statuses.at(-1)).toBe('saved');
    expect(saver.dirty()).toBe(false);
    saver.stop();
  });

  it('flush saves at once', async () => {
    const save = vi.fn((_document: Record<string, unknown>) => Promise.resolve());
    const { saver } = start(save);
    updateNodeData('hello', (d) => ({ ...d, label: 'A' }));
    await saver.flush();
    expect(save).toHaveBeenCalledTimes(1);
    saver.stop();
  });

  it('stops saving after a conflict until resumed, then saves the latest document', async () => {
    const conflict = new Error('changed elsewhere');
    const save = vi.fn().mockRejectedValueOnce(conflict).mockResolvedValue(undefined);
    const statuses: SaveStatus['state'][] = [];
    const saver = startAutosaver({
      save,
      savedText: JSON.stringify(writeDocument(useDocument.getState())),
      delayMs: 800,
      onStatus: (s) => statuses.push(s.state),
      isConflict: (error) => error === conflict,
    });
    updateNodeData('hello', (d) => ({ ...d, label: 'A' }));
    await vi.advanceTimersByTimeAsync(800);
    expect(statuses.at(-1)).toBe('conflict');
    updateNodeData('hello', (d) => ({ ...d, label: 'B' }));
    await vi.advanceTimersByTimeAsync(5000);
    expect(save).toHaveBeenCalledTimes(1);
    expect(statuses.at(-1)).toBe('conflict');
    await saver.resume();
    expect(save).toHaveBeenCalledTimes(2);
    expect(save.mock.calls[1]?.[0]).toMatchObject({ nodes: [{}, { label: 'B' }, {}] });
    expect(statuses.at(-1)).toBe('saved');
    saver.stop();
  });
});
