import { describe, expect, it } from 'vitest';
import { aJourney, fakeCatalogue, journeyWith, withoutArgs } from './test-fixtures';
import { validateJourney } from './validate-journey';

const problemsOf = (doc: unknown) => withoutArgs(validateJourney(doc, fakeCatalogue).problems);

const wait = (id: string, next: Record<string, string>) => ({
  id,
  type: 'wait',
  config: { for: 'P1D' },
  next,
});
const end = { id: 'end', type: 'end' };

describe('journey structure', () => {
  it('reports DUPLICATE_NODE_ID at the later use; the first node keeps the id', () => {
    const doc = journeyWith([wait('hello', { done: 'end' }), end, wait('hello', { done: 'end' })]);
    expect(problemsOf(doc)).toEqual([
      {
        code: 'DUPLICATE_NODE_ID',
        severity: 'error',
        message:
          'nodes[2] uses the id "hello" of nodes[0]: give each node its own id (ports would not know which one they point at).',
        nodeId: 'hello',
        path: ['nodes', 2, 'id'],
      },
    ]);
  });

  it('reports UNKNOWN_START with the id it was probably meant to be', () => {
    expect(problemsOf(aJourney({ start: 'helo' }))).toEqual([
      {
        code: 'UNKNOWN_START',
        severity: 'error',
        message: '"start" names "helo", which is not a node of this journey. Did you mean "hello"?',
        path: ['start'],
      },
    ]);
  });

  it('lists the node ids when the unknown start resembles none of them', () => {
    const [problem] = problemsOf(aJourney({ start: 'begin' }));
    expect(problem?.code).toBe('UNKNOWN_START');
    expect(problem?.message).toBe(
      '"start" names "begin", which is not a node of this journey. Node ids: hello, wait-2d, check, end.',
    );
  });

  it('reports DEFAULT_LOCALE_NOT_LISTED at defaultLocale', () => {
    expect(problemsOf(aJourney({ defaultLocale: 'es' }))).toEqual([
      {
        code: 'DEFAULT_LOCALE_NOT_LISTED',
        severity: 'error',
        message:
          '"defaultLocale" is "es", which is not in "locales" (en, vi): add it to "locales" or pick one of them.',
        path: ['defaultLocale'],
      },
    ]);
  });

  it('reports UNKNOWN_PORT at the next entry, naming the ports the node has', () => {
    const doc = journeyWith([wait('hello', { done: 'end', doen: 'end' }), end]);
    expect(problemsOf(doc)).toEqual([
      {
        code: 'UNKNOWN_PORT',
        severity: 'error',
        message:
          'Node "hello" has no port "doen" (its ports are done). Did you mean "done"? Rename or remove this "next" entry.',
        nodeId: 'hello',
        port: 'doen',
        path: ['nodes', 0, 'next', 'doen'],
      },
    ]);
  });

  it('reports a next entry on a node without ports as UNKNOWN_PORT', () => {
    const doc = journeyWith([wait('hello', { done: 'end' }), { ...end, next: { done: 'hello' } }]);
    expect(problemsOf(doc).map((p) => [p.code, p.message])).toEqual([
      [
        'UNKNOWN_PORT',
        'Node "end" has no port "done" (it has no ports). Rename or remove this "next" entry.',
      ],
    ]);
  });

  it('reports DANGLING_TARGET at the port, with the id it was probably meant to be', () => {
    const doc = journeyWith([wait('hello', { done: 'ned' }), end]);
    expect(problemsOf(doc)).toEqual([
      {
        code: 'DANGLING_TARGET',
        severity: 'error',
        message:
          'Node "hello", port "done" leads to "ned", which is not a node of this journey. Did you mean "end"?',
        nodeId: 'hello',
        port: 'done',
        path: ['nodes', 0, 'next', 'done'],
      },
      expect.objectContaining({ code: 'UNREACHABLE_NODE', nodeId: 'end' }),
      expect.objectContaining({ code: 'NO_END' }),
    ]);
  });

  it('reports UNCONNECTED_PORT for each required port without a target, but not optional ones', () => {
    const doc = journeyWith([
      { id: 'hello', type: 'send', config: { channel: 'sms', message: { en: 'Hi', vi: 'Chào' } } },
      end,
    ]);
    expect(problemsOf(doc)).toEqual([
      {
        code: 'UNCONNECTED_PORT',
        severity: 'error',
        message:
          'Node "hello", port "sent" leads nowhere: connect it to the node that should follow (an end node if the journey should stop there).',
        nodeId: 'hello',
        port: 'sent',
        path: ['nodes', 0, 'next'],
      },
      expect.objectContaining({ code: 'UNREACHABLE_NODE', nodeId: 'end' }),
      expect.objectContaining({ code: 'NO_END' }),
    ]);
  });

  it('derives ports from the config: one per split variant', () => {
    const doc = journeyWith([
      {
        id: 'ab',
        type: 'split',
        config: {
          variants: [
            { port: 'a', weight: 50 },
            { port: 'b', weight: 50 },
          ],
        },
        next: { a: 'end', c: 'end' },
      },
      end,
    ]);
    expect(problemsOf(doc).map((p) => [p.code, p.port])).toEqual([
      ['UNKNOWN_PORT', 'c'],
      ['UNCONNECTED_PORT', 'b'],
    ]);
  });

  it('treats a port named like an Object method as any other port', () => {
    const doc = journeyWith([
      {
        id: 'ab',
        type: 'split',
        config: { variants: [{ port: 'constructor', weight: 100 }] },
        next: {},
      },
      end,
    ]);
    expect(problemsOf(doc).map((p) => [p.code, p.port])).toContainEqual([
      'UNCONNECTED_PORT',
      'constructor',
    ]);
  });

  it('does not call a port unconnected when the next entry was unreadable', () => {
    const doc = journeyWith([wait('hello', { done: 'not an id!' }), end]);
    expect(problemsOf(doc).map((p) => p.code)).toEqual(['SCHEMA', 'UNREACHABLE_NODE', 'NO_END']);
  });

  it('does not call a target dangling when it names a node whose shape is broken', () => {
    const odd = { ...wait('odd', { done: 'end' }), colour: 'red' };
    const doc = journeyWith([wait('hello', { done: 'odd' }), odd, end]);
    expect(problemsOf(doc).map((p) => p.code)).toEqual(['SCHEMA']);
  });
});
