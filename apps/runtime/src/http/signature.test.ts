import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { signPayload, verifySignature, type SignatureCheck } from './signature';

const secret = 'whsec-0123456789abcdef';
const now = new Date('2026-03-02T09:00:00Z');
const t = Math.floor(now.getTime() / 1000);
const body = '{"sourceId":"pay-1","note":"Trần Thị — 退订"}';
const reasonOf = (check: SignatureCheck) => (check.ok ? 'ok' : check.reason);

describe('webhook signatures', () => {
  it('signs "<t>.<body>" with HMAC-SHA256, as a sender would compute it independently', () => {
    const expected = createHmac('sha256', secret).update(`${t}.${body}`).digest('hex');
    expect(signPayload(secret, body, t)).toBe(`t=${t},v1=${expected}`);
  });

  it('accepts a valid signature over the same bytes, as text or as bytes', () => {
    const header = signPayload(secret, body, t);
    expect(verifySignature({ header, body, secret, now })).toEqual({ ok: true, timestamp: t });
    const bytes = new TextEncoder().encode(body);
    expect(verifySignature({ header, body: bytes, secret, now }).ok).toBe(true);
  });

  it('refuses a tampered body, a wrong secret and a signature for another timestamp', () => {
    const header = signPayload(secret, body, t);
    const tampered = body.replace('pay-1', 'pay-2');
    expect(verifySignature({ header, body: tampered, secret, now })).toEqual({
      ok: false,
      reason: 'mismatch',
    });
    expect(verifySignature({ header, body: `${body} `, secret, now }).ok).toBe(false);
    expect(reasonOf(verifySignature({ header, body, secret: `${secret}x`, now }))).toBe('mismatch');
    const signature = header.split('v1=')[1]!;
    const moved = `t=${t + 1},v1=${signature}`;
    expect(reasonOf(verifySignature({ header: moved, body, secret, now }))).toBe('mismatch');
  });

  it('refuses timestamps more than five minutes old or ahead, and accepts them at the edge', () => {
    const at = (offset: number) =>
      reasonOf(
        verifySignature({ header: signPayload(secret, body, t + offset), body, secret, now }),
      );
    expect(at(-300)).toBe('ok');
    expect(at(300)).toBe('ok');
    expect(at(-301)).toBe('too-old');
    expect(at(301)).toBe('in-future');
  });

  it('accepts any of several v1 signatures, so senders can rotate secrets', () => {
    const oldSig = signPayload('old-secret-0123456789', body, t).split('v1=')[1]!;
    const newSig = signPayload(secret, body, t).split('v1=')[1]!;
    const header = `t=${t},v1=${oldSig},v1=${newSig}`;
    expect(verifySignature({ header, body, secret, now }).ok).toBe(true);
  });

  it.each([
    ['', 'empty'],
    [`v1=${'a'.repeat(64)}`, 'no timestamp'],
    [`t=${t}`, 'no signature'],
    [`t=${t},v1=abc`, 'short signature'],
    [`t=${t},v1=${'z'.repeat(64)}`, 'not hex'],
    [`t=-5,v1=${'a'.repeat(64)}`, 'negative timestamp'],
    [`t=${t}=1,v1=${'a'.repeat(64)}`, 'extra equals'],
  ])('calls %j malformed (%s) without throwing', (header) => {
    expect(verifySignature({ header, body, secret, now })).toEqual({
      ok: false,
      reason: 'malformed',
    });
  });

  it('ignores schemes it does not know', () => {
    const header = `${signPayload(secret, body, t)},v9=whatever`;
    expect(verifySignature({ header, body, secret, now }).ok).toBe(true);
  });
});
