import { describe, expect, it } from 'vitest';
import { capBlockAt, capBlocks, describeCap } from './caps';
import type { LedgerEntry, PolicyCap } from './types';

const cap = (overrides: Partial<PolicyCap> = {}): PolicyCap => ({
  channels: 'any',
  max: 2,
  per: 'P7D',
  scope: 'borrower',
  source: 'journey',
  ...overrides,
});
const at = Date.parse;
const iso = (ms: number) => new Date(ms).toISOString();

describe('capBlocks', () => {
  const ledger: LedgerEntry[] = [
    { at: '2026-04-06T14:00:00Z', channel: 'sms', debtId: 'a' },
    { at: '2026-04-07T14:00:00Z', channel: 'sms', debtId: 'b' },
  ];

  it('blocks until the oldest of the last `max` entries leaves the window', () => {
    const blocks = capBlocks([cap()], ledger, { channel: 'sms', timeZone: 'UTC' });
    expect(blocks).toHaveLength(1);
    expect(iso(blocks[0]?.until ?? 0)).toBe('2026-04-13T14:00:00.000Z');
    expect(capBlockAt(at('2026-04-13T13:59:59Z'), blocks)).toBeDefined();
    expect(capBlockAt(at('2026-04-13T14:00:00Z'), blocks)).toBeUndefined();
  });

  it('counts only the same debt for a debt-scoped cap', () => {
    const debtCap = cap({ scope: 'debt' });
    expect(capBlocks([debtCap], ledger, { channel: 'sms', debtId: 'a', timeZone: 'UTC' })).toEqual(
      [],
    );
    const sameDebt = [
      ...ledger,
      { at: '2026-04-08T14:00:00Z', channel: 'sms' as const, debtId: 'a' },
    ];
    const blocks = capBlocks([debtCap], sameDebt, { channel: 'sms', debtId: 'a', timeZone: 'UTC' });
    expect(iso(blocks[0]?.until ?? 0)).toBe('2026-04-13T14:00:00.000Z');
  });

  it('counts entries or sends without a debt id against every debt', () => {
    const debtCap = cap({ scope: 'debt' });
    expect(capBlocks([debtCap], ledger, { channel: 'sms', timeZone: 'UTC' })).toHaveLength(1);
    const unknown: LedgerEntry[] = [
      { at: '2026-04-06T14:00:00Z', channel: 'sms' },
      { at: '2026-04-07T14:00:00Z', channel: 'sms', debtId: 'a' },
    ];
    expect(
      capBlocks([debtCap], unknown, { channel: 'sms', debtId: 'a', timeZone: 'UTC' }),
    ).toHaveLength(1);
  });

  it('ignores caps on other channels and entries on channels the cap does not count', () => {
    const voice = cap({ channels: ['voice'] });
    expect(capBlocks([voice], ledger, { channel: 'sms', timeZone: 'UTC' })).toEqual([]);
    const voiceLedger: LedgerEntry[] = [
      ...ledger,
      { at: '2026-04-08T14:00:00Z', channel: 'voice' },
    ];
    expect(capBlocks([voice], voiceLedger, { channel: 'voice', timeZone: 'UTC' })).toEqual([]);
  });

  it('honours entries later than the instant asked about', () => {
    const blocks = capBlocks([cap({ max: 1, per: 'P1D' })], [ledger[1] as LedgerEntry], {
      channel: 'email',
      timeZone: 'UTC',
    });
    expect(capBlockAt(at('2026-04-07T10:00:00Z'), blocks)).toBeDefined();
    expect(capBlockAt(at('2026-04-06T14:00:00Z'), blocks)).toBeUndefined();
  });

  it('never blocks for entries spread wider than one window', () => {
    const spread: LedgerEntry[] = [
      { at: '2026-04-01T00:00:00Z', channel: 'sms' },
      { at: '2026-04-09T00:00:00Z', channel: 'sms' },
    ];
    const blocks = capBlocks([cap()], spread, { channel: 'sms', timeZone: 'UTC' });
    expect(capBlockAt(at('2026-04-05T00:00:00Z'), blocks)).toBeUndefined();
  });

  it('never lets a DST change shorten the window (168 h over spring-forward, 169 h at fall-back)', () => {
    const one = cap({ max: 1 });
    const spring = capBlocks([one], [{ at: '2026-03-05T15:00:00Z', channel: 'sms' }], {
      channel: 'sms',
      timeZone: 'America/New_York',
    });
    expect(iso(spring[0]?.until ?? 0)).toBe('2026-03-12T15:00:00.000Z');
    const fall = capBlocks([one], [{ at: '2026-10-29T14:00:00Z', channel: 'sms' }], {
      channel: 'sms',
      timeZone: 'America/New_York',
    });
    expect(iso(fall[0]?.until ?? 0)).toBe('2026-11-05T15:00:00.000Z');
  });

  it('counts only conversations for a conversation cap: 7 days of quiet after one (Reg F)', () => {
    const quiet = cap({ channels: ['voice'], max: 1, scope: 'debt', counts: 'conversations' });
    const calls: LedgerEntry[] = [
      { at: '2026-04-06T14:00:00Z', channel: 'voice', debtId: 'a' },
      { at: '2026-04-07T15:00:00Z', channel: 'voice', debtId: 'a', conversation: true },
      { at: '2026-04-08T15:00:00Z', channel: 'voice', debtId: 'b', conversation: true },
    ];
    const blocks = capBlocks([quiet], calls, { channel: 'voice', debtId: 'a', timeZone: 'UTC' });
    expect(blocks).toHaveLength(1);
    expect(iso(blocks[0]?.until ?? 0)).toBe('2026-04-14T15:00:00.000Z');
    expect(capBlocks([quiet], calls.slice(0, 1), { channel: 'voice', timeZone: 'UTC' })).toEqual(
      [],
    );
    expect(describeCap(quiet)).toBe('no voice within 7 days after a conversation (journey)');
  });

  it('rejects a cap that allows nothing', () => {
    expect(() => capBlocks([cap({ max: 0 })], [], { channel: 'sms', timeZone: 'UTC' })).toThrow(
      RangeError,
    );
  });
});

describe('describeCap', () => {
  it('says the number, the window, the channels and the source', () => {
    expect(describeCap(cap({ channels: ['sms', 'voice'], source: 'us-ma' }))).toBe(
      'cap 2 per 7 days on sms,voice (us-ma)',
    );
    expect(describeCap(cap({ max: 5, per: 'P1D', source: 'vn' }))).toBe(
      'cap 5 per 1 day on any channel (vn)',
    );
  });
});
