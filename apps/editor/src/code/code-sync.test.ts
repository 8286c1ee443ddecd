import { beforeEach, describe, expect, it } from 'vitest';
import { useDocument } from '../document/document-store';
import { undo } from '../document/history';
import { openDocument, smallJourney } from '../test-fixtures';
import { applyCode, documentText } from './code-sync';

describe('code view sync', () => {
  beforeEach(() => openDocument(smallJourney()));

  it('shows the journey as indented JSON', () => {
    const text = documentText(useDocument.getState());
    expect(JSON.parse(text)).toMatchObject({ id: 'small', start: 'wait' });
    expect(text).toContain('\n  "id": "small"');
  });

  it('applies edited JSON to the canvas as one undoable step', () => {
    const edited = JSON.parse(documentText(useDocument.getState())) as { name: string };
    edited.name = 'Renamed in code';
    expect(applyCode(JSON.stringify(edited)).ok).toBe(true);
    expect(useDocument.getState().meta.name).toBe('Renamed in code');
    undo();
    expect(useDocument.getState().meta.name).toBe('Small');
  });

  it('never lets invalid JSON touch the canvas', () => {
    const before = useDocument.getState();
    const result = applyCode('{ "id": "small", "nodes": [ ');
    expect(result).toMatchObject({
      ok: false,
      // The kind, for the code view to say in the manager's language; the English message too.
      kind: 'json',
      message: expect.stringContaining('Not valid JSON') as unknown,
    });
    expect(useDocument.getState().nodes).toBe(before.nodes);
    expect(applyCode('{ "nodes": 3 }')).toMatchObject({ ok: false, kind: 'draw' });
    expect(useDocument.getState().nodes).toBe(before.nodes);
  });
});
