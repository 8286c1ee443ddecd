import type { TimelineEntry } from '@tandem/dsl';
import { describe, expect, it } from 'vitest';
import { describeEntry, formatTable, formatTimeline, utcMinute } from './format-table';
import { displayWidth } from './text-layout';

const entry = (overrides: Partial<TimelineEntry>): TimelineEntry => ({
  at: '2026-03-02T13:00:00.000Z',
  localTime: '2026-03-02 08:00 (Mon)',
  nodeId: 'hello',
  kind: 'sent',
  ...overrides,
});

describe('formatTable', () => {
  const columns = [{ header: 'kind' }, { header: 'node', max: 6 }, { header: 'text', flex: true }];

  it('sizes fixed columns to their content and gives the rest to the flex column', () => {
    const lines = formatTable(columns, [['sent', 'hello', 'Hi Lan']], {
      width: 30,
      minFlexWidth: 1,
    });
    expect(lines).toEqual([
      'kind  node   text',
      `────  ─────  ${'─'.repeat(17)}`,
      'sent  hello  Hi Lan',
    ]);
  });

  it('keeps the flex column at its minimum width on a narrow terminal', () => {
    const lines = formatTable(columns, [['sent', 'hello', 'Hi Lan']], { width: 10 });
    expect(lines[1]).toBe(`────  ─────  ${'─'.repeat(20)}`);
  });

  it('cuts fixed cells at their max and wraps the flex cell onto blank-led lines', () => {
    const lines = formatTable(columns, [['sent', 'promise-to-pay', 'one two three four five']], {
      width: 24,
      minFlexWidth: 1,
    });
    expect(lines.slice(2)).toEqual([
      'sent  promi…  one two',
      '              three four',
      '              five',
    ]);
  });

  it('keeps every line within the width', () => {
    const text = 'word '.repeat(60);
    for (const line of formatTable(columns, [['sent', 'n', text]], { width: 40 })) {
      expect(displayWidth(line)).toBeLessThanOrEqual(40);
    }
  });

  it('cuts a cell after maxLines lines with …', () => {
    const lines = formatTable(columns, [['sent', 'n', 'a b c d e f g h i j k l']], {
      width: 16,
      maxLines: 2,
      minFlexWidth: 1,
    });
    expect(lines.slice(2)).toEqual(['sent  n     a b', '            c d…']);
  });
});

describe('describeEntry', () => {
  it.each<[Partial<TimelineEntry>, string]>([
    [{ kind: 'sent', text: 'Hi Lan' }, 'Hi Lan'],
    [
      { kind: 'event', event: 'payment.settled', reason: 'exit' },
      'payment.settled (ends the journey)',
    ],
    [
      { kind: 'event', event: 'ptp.promised', reason: 'node' },
      'ptp.promised (handled by the node)',
    ],
    [{ kind: 'exit', port: 'noResponse' }, '→ noResponse'],
    [{ kind: 'end', reason: 'paid' }, 'outcome: paid'],
    [{ kind: 'deferred', reason: 'window: outside 08:00–21:00' }, 'window: outside 08:00–21:00'],
    [{ kind: 'waiting' }, ''],
  ])('describes %j', (overrides, expected) => {
    expect(describeEntry(entry(overrides))).toBe(expected);
  });
});

describe('formatTimeline', () => {
  it('shows UTC and local time, node, kind, channel and text', () => {
    const [header, , row] = formatTimeline([entry({ channel: 'sms', text: 'Hi Lan' })]);
    expect(header).toBe(
      'UTC               Borrower local          Node   Kind  Channel  Text / reason',
    );
    expect(row).toBe('2026-03-02 13:00  2026-03-02 08:00 (Mon)  hello  sent  sms      Hi Lan');
  });

  it('fits a long message into 120 columns by wrapping it', () => {
    const text =
      'Hi Lan, a friendly reminder that $250.00 is due. You can pay or choose what suits you here: https://portal.example/sim '.repeat(
        2,
      );
    const lines = formatTimeline([entry({ channel: 'whatsapp', text })]);
    expect(lines.length).toBeGreaterThan(3);
    for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(120);
    expect(lines.slice(2).join(' ')).toContain('Hi Lan, a friendly reminder');
  });

  it('shows a dash for entries without a node', () => {
    expect(
      formatTimeline([entry({ nodeId: null, kind: 'event', event: 'hold.started' })])[2],
    ).toContain('—');
  });

  it('says so when nothing happened', () => {
    expect(formatTimeline([])).toEqual(['(nothing happened)']);
  });
});

describe('utcMinute', () => {
  it('keeps the date and the minute', () => {
    expect(utcMinute('2026-03-02T09:05:59.999Z')).toBe('2026-03-02 09:05');
  });
});
