import { describe, expect, it } from 'vitest';
import { exampleJourneys } from '../journeys/examples';
import { readDocument, writeDocument } from './journey-document';

const ladder = exampleJourneys.find((e) => e.id === 'first-time-borrower')!.document;

describe('reading and writing journeys', () => {
  it('draws every node and port of a journey and writes the same journey back', () => {
    const reading = readDocument(ladder);
    if (!reading.ok) throw new Error(reading.message);
    const nodes = ladder.nodes as Array<{
      id: string;
      config?: object;
      next?: Record<string, string>;
    }>;
    expect(reading.document.nodes.map((n) => n.id)).toEqual(nodes.map((n) => n.id));
    expect(reading.document.edges).toHaveLength(
      nodes.reduce((sum, n) => sum + Object.keys(n.next ?? {}).length, 0),
    );
    // `config` and `next` may be left out of a file; the editor writes them out as {}.
    const complete = nodes.map((n) => ({ ...n, config: n.config ?? {}, next: n.next ?? {} }));
    expect(writeDocument(reading.document)).toEqual({ ...ladder, nodes: complete });
  });

  it('writes keys in the documented order whatever order the draft came in', () => {
    const shuffled = Object.fromEntries(Object.entries(ladder).reverse());
    const reading = readDocument(shuffled);
    if (!reading.ok) throw new Error(reading.message);
    expect(Object.keys(writeDocument(reading.document)).slice(0, 4)).toEqual([
      'dsl',
      'id',
      'name',
      'description',
    ]);
  });

  it('draws a draft that is not a valid journey yet, keeping its other fields', () => {
    const reading = readDocument({ id: 'draft', name: 42, nodes: [{ id: 'a', type: 'nope' }] });
    if (!reading.ok) throw new Error(reading.message);
    expect(reading.document.nodes[0]?.data).toEqual({ nodeType: 'nope', config: {} });
    expect(writeDocument(reading.document)).toMatchObject({ id: 'draft', name: 42 });
  });

  it('refuses what cannot be drawn, saying where', () => {
    const reading = readDocument({ id: 'x', nodes: [{ id: 'a' }] });
    expect(reading).toEqual({
      ok: false,
      message: expect.stringContaining('nodes.0.type') as unknown,
    });
  });
});
