import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor } from './keyset-cursor';

const id = '0b6f3c1e-2f0a-4a5e-9f7d-1c2b3a4d5e6f';
const forge = (createdAt: unknown, rowId: unknown = id) =>
  Buffer.from(JSON.stringify([createdAt, rowId])).toString('base64url');

describe('keyset cursor', () => {
  it('round-trips what it issued, microseconds and offset included', () => {
    const position = { createdAt: '2026-03-02 09:00:00.123456+00', id };
    expect(decodeCursor(encodeCursor(position))).toEqual(position);
    expect(decodeCursor(forge('2024-02-29T23:59:59Z'))).not.toBeNull();
  });

  it.each([
    ['bad base64', '%%%not-base64%%%'],
    ['bad JSON', Buffer.from('[1,').toString('base64url')],
    ['not a pair', Buffer.from('{"a":1}').toString('base64url')],
    ['month 13', forge('2026-13-01 00:00:00+00')],
    ['February 30', forge('2026-02-30 00:00:00+00')],
    ['hour 25', forge('2026-03-01 25:00:00+00')],
    ['minute 61', forge('2026-03-01 10:61:00+00')],
    ['year 0', forge('0000-01-01 00:00:00+00')],
    ['offset +99', forge('2026-03-01 10:00:00+99')],
    ['a bad id', forge('2026-03-01 10:00:00+00', 'x')],
  ])('refuses %s', (_, cursor) => {
    expect(decodeCursor(cursor)).toBeNull();
  });
});
