import { describe, expect, it } from 'vitest';
import { fakeCatalogue, journeyWith } from './test-fixtures';
import type { FixtureNode } from './test-fixtures';
import { validateJourney } from './validate-journey';

// Each problem carries its message's values, so the web app can word it in its own language.
const argsOf = (doc: unknown, code: string) =>
  validateJourney(doc, fakeCatalogue)
    .problems.filter((p) => p.code === code)
    .map((p) => p.args);

const end: FixtureNode = { id: 'end', type: 'end' };
const send = (message: Record<string, string>, next: Record<string, string> = { sent: 'end' }) => ({
  id: 'hello',
  type: 'send',
  config: { channel: 'sms', message },
  next,
});

describe('problem args', () => {
  it('names the missing language, the journey languages and whether the text is absent or blank', () => {
    const doc = journeyWith([send({ en: 'Hi', vi: ' ' }), end]);
    expect(argsOf(doc, 'MISSING_LOCALE')).toEqual([
      { locale: 'vi', locales: 'en, vi', state: 'empty' },
    ]);
    const absent = journeyWith([send({ en: 'Hi' }), end]);
    expect(argsOf(absent, 'MISSING_LOCALE')).toEqual([
      { locale: 'vi', locales: 'en, vi', state: 'missing' },
    ]);
  });

  it('gives the size and the limit of a text that renders too long', () => {
    const doc = journeyWith([
      send({ en: 'Hi', vi: '{% for i in (1..200) %}xxxxxxxxxx{% endfor %}' }),
      end,
    ]);
    expect(argsOf(doc, 'TEMPLATE_TOO_LONG')).toEqual([
      { kind: 'segments', size: 14, limit: 10, channel: '' },
    ]);
  });

  it('names the port and target of a port that points nowhere, and the ports a node has', () => {
    const doc = journeyWith([send({ en: 'Hi', vi: 'Chào' }, { sent: 'ned', snet: 'end' }), end]);
    expect(argsOf(doc, 'DANGLING_TARGET')).toEqual([{ port: 'sent', target: 'ned' }]);
    expect(argsOf(doc, 'UNKNOWN_PORT')).toEqual([{ port: 'snet', ports: 'sent, failed' }]);
  });

  it('names the unknown fact, the start and the loop', () => {
    const fact = journeyWith([send({ en: 'Hi {{ borrower.nmae }}', vi: 'Chào' }), end]);
    expect(argsOf(fact, 'UNKNOWN_FACT')).toEqual([{ fact: 'borrower.nmae' }]);
    const start = journeyWith([send({ en: 'Hi', vi: 'Chào' }), end], { start: 'helo' });
    expect(argsOf(start, 'UNKNOWN_START')).toEqual([{ start: 'helo' }]);
  });

  it('says what kind of schema mistake it is, with its limit or key', () => {
    const doc = journeyWith([
      { id: 'wait', type: 'wait', config: { for: 'P1D', extra: 1 }, next: { done: 'end' } },
      end,
    ]);
    expect(argsOf(doc, 'INVALID_CONFIG')).toEqual([{ kind: 'unknownKey', key: 'extra' }]);
    const typed = journeyWith([
      { id: 'wait', type: 'wait', config: { for: 3 }, next: { done: 'end' } },
      end,
    ]);
    expect(argsOf(typed, 'INVALID_CONFIG')).toEqual([
      expect.objectContaining({ kind: expect.stringMatching(/^(type|format|other)$/) as string }),
    ]);
  });
});
