import { describe, expect, it } from 'vitest';
import { gsm7Septets } from './gsm7';
import { smsSegments } from './sms';

describe('gsm7Septets', () => {
  it('knows all 127 characters of the basic alphabet (128 codes less the escape)', () => {
    const alphabet =
      '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?' +
      '¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';
    expect([...alphabet]).toHaveLength(127);
    for (const character of alphabet) expect(gsm7Septets(character), character).toBe(1);
  });

  it('charges two septets for the extension table', () => {
    for (const character of '^{}\\[~]|€\f') expect(gsm7Septets(character), character).toBe(2);
  });

  it('rejects look-alikes that are not in the alphabet', () => {
    for (const character of ['ç', 'á', 'â', 'ă', 'đ', '`', '\t', '’', '“', 'Ê', '\u00a0']) {
      expect(gsm7Septets(character), character).toBeUndefined();
    }
  });
});

describe('smsSegments: GSM-7', () => {
  it('fits exactly 160 characters in one segment', () => {
    expect(smsSegments('a'.repeat(160))).toEqual({
      encoding: 'GSM-7',
      units: 160,
      segments: 1,
      perSegment: 160,
    });
  });

  it('splits 161 characters into two parts of 153', () => {
    expect(smsSegments('a'.repeat(161))).toEqual({
      encoding: 'GSM-7',
      units: 161,
      segments: 2,
      perSegment: 153,
    });
    expect(smsSegments('a'.repeat(306)).segments).toBe(2);
    expect(smsSegments('a'.repeat(307)).segments).toBe(3);
  });

  it('counts the euro sign and the other escapes as two septets', () => {
    expect(smsSegments('Pay €20 {now}')).toMatchObject({ encoding: 'GSM-7', units: 16 });
    expect(smsSegments('€'.repeat(80))).toMatchObject({ units: 160, segments: 1 });
    expect(smsSegments('a'.repeat(159) + '€')).toMatchObject({ units: 161, segments: 2 });
  });

  it('never cuts an escaped character across a part boundary', () => {
    // 152 septets, then "€" (2) would straddle the 153-septet boundary: it moves to part 2.
    const text = 'a'.repeat(152) + '€' + 'a'.repeat(152);
    expect(smsSegments(text)).toMatchObject({ units: 306, segments: 3, perSegment: 153 });
    expect(smsSegments('a'.repeat(151) + '€' + 'a'.repeat(153))).toMatchObject({
      units: 306,
      segments: 2,
    });
  });

  it('keeps accented letters of the GSM alphabet (é, ñ, ü) in GSM-7', () => {
    expect(smsSegments('Señor Müller, café à 10€')).toMatchObject({ encoding: 'GSM-7', units: 25 });
  });

  it('sends the empty text as one segment', () => {
    expect(smsSegments('')).toEqual({ encoding: 'GSM-7', units: 0, segments: 1, perSegment: 160 });
  });
});

describe('smsSegments: UCS-2', () => {
  it('switches to UCS-2 for Vietnamese diacritics', () => {
    // 45 characters, all in the BMP and precomposed (NFC), so 45 units.
    expect(smsSegments('Chào Lan, khoản 2.500.000 ₫ đến hạn ngày 1/3.')).toEqual({
      encoding: 'UCS-2',
      units: 45,
      segments: 1,
      perSegment: 70,
    });
  });

  it('counts Chinese characters as one unit each', () => {
    expect(smsSegments('您好，您的账单将于3月1日到期。')).toMatchObject({
      encoding: 'UCS-2',
      units: 16,
    });
  });

  it('counts an emoji outside the BMP as two units', () => {
    expect(smsSegments('Thanks 🙏')).toMatchObject({ encoding: 'UCS-2', units: 9, segments: 1 });
  });

  it('fits exactly 70 units in one segment and splits 71 into parts of 67', () => {
    expect(smsSegments('ă'.repeat(70))).toEqual({
      encoding: 'UCS-2',
      units: 70,
      segments: 1,
      perSegment: 70,
    });
    expect(smsSegments('ă'.repeat(71))).toEqual({
      encoding: 'UCS-2',
      units: 71,
      segments: 2,
      perSegment: 67,
    });
    expect(smsSegments('ă'.repeat(134)).segments).toBe(2);
    expect(smsSegments('ă'.repeat(135)).segments).toBe(3);
  });

  it('lets a single non-GSM character turn a whole GSM text into UCS-2', () => {
    expect(smsSegments('a'.repeat(100))).toMatchObject({ encoding: 'GSM-7', segments: 1 });
    expect(smsSegments('a'.repeat(99) + '’')).toMatchObject({ encoding: 'UCS-2', segments: 2 });
  });

  it('never cuts a surrogate pair across a part boundary', () => {
    // 66 units, then an emoji (2) would straddle the 67-unit boundary.
    expect(smsSegments('ă'.repeat(66) + '🙂' + 'ă'.repeat(66))).toMatchObject({
      units: 134,
      segments: 3,
    });
    expect(smsSegments('ă'.repeat(65) + '🙂' + 'ă'.repeat(67))).toMatchObject({
      units: 134,
      segments: 2,
    });
  });
});
