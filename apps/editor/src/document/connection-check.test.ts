import { builtInCatalogue } from '@tandem/nodes';
import { beforeEach, describe, expect, it } from 'vitest';
import { openDocument } from '../test-fixtures';
import { checkConnection } from './connection-check';
import { useDocument } from './document-store';

const journey = {
  dsl: 'journey/v1',
  id: 'loops',
  name: 'Loops',
  locales: ['en'],
  defaultLocale: 'en',
  start: 'split',
  nodes: [
    { id: 'split', type: 'split', config: {}, next: { a: 'branch' } },
    { id: 'branch', type: 'branch', config: {}, next: {} },
    { id: 'wait', type: 'wait', config: {}, next: { done: 'split' } },
  ],
};

const check = (source: string, sourceHandle: string | null, target: string) => {
  const { nodes, edges } = useDocument.getState();
  return checkConnection(nodes, edges, { source, sourceHandle, target }, builtInCatalogue);
};

describe('checkConnection', () => {
  beforeEach(() => openDocument(journey));

  it('allows a free port to a node', () => {
    expect(check('split', 'b', 'wait')).toEqual({ ok: true });
  });

  it('refuses a second edge from one port', () => {
    expect(check('split', 'a', 'wait')).toMatchObject({
      ok: false,
      reason: expect.stringContaining('already') as unknown,
    });
  });

  it('refuses an edge from a node to itself', () => {
    expect(check('branch', 'else', 'branch').ok).toBe(false);
  });

  it('refuses a loop made only of steps that do not wait', () => {
    expect(check('branch', 'else', 'split')).toMatchObject({
      ok: false,
      reason: expect.stringContaining('loop') as unknown,
    });
  });

  it('allows a loop that passes through a waiting step', () => {
    expect(check('branch', 'else', 'wait')).toEqual({ ok: true });
  });
});
