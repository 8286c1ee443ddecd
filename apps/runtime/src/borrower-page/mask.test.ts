import { describe, expect, it } from 'vitest';
import { maskAddress } from './mask';

describe('maskAddress', () => {
  it('keeps the last four digits of a phone and the domain of an email', () => {
    expect(maskAddress('+1 (555) 123-4567')).toBe('•••• 4567');
    expect(maskAddress('lan.nguyen@example.com')).toBe('l•••@example.com');
  });

  it('hides short or odd addresses entirely', () => {
    expect(maskAddress('12345')).toBe('••••');
    expect(maskAddress('device-token')).toBe('••••');
  });
});
