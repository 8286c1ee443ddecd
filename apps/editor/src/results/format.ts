import type { IntlShape } from 'react-intl';
import { intlFor } from '../i18n/intl';
import { defaultLocale } from '../i18n/locales';
import { formatUnit } from '../i18n/unit-format';

/** A share (0–1) as a whole percent; "—" when there is no base to take it of. */
export function percent(share: number | null): string {
  return share === null ? '—' : `${Math.round(share * 100)}%`;
}

/** A money amount with its currency, as the browser's locale writes it. */
export function money(amount: number, currency: string): string {
  try {
    return new Intl.NumberFormat(undefined, { style: 'currency', currency }).format(amount);
  } catch {
    return `${amount.toFixed(2)} ${currency}`;
  }
}

/** A duration in seconds, in the largest unit that keeps it readable, in the chosen language. */
export function duration(seconds: number | null, intl: IntlShape = intlFor(defaultLocale)): string {
  if (seconds === null) return '—';
  if (seconds < 90) return formatUnit(intl, Math.round(seconds), 'second');
  if (seconds < 5400) return formatUnit(intl, Math.round(seconds / 60), 'minute');
  if (seconds < 172_800) return formatUnit(intl, Math.round(seconds / 3600), 'hour');
  return formatUnit(intl, Math.round(seconds / 86_400), 'day');
}

/**
 * A signed number with one decimal as the chosen language writes it: "+6.1", "−2.0" (a true minus
 * sign), "±0.0"; in Spanish "+6,1".
 */
export function signed(value: number, intl: IntlShape = intlFor(defaultLocale)): string {
  // Half away from zero, so −3.75 reads −3.8 like +3.75 reads +3.8 (Math.round rounds up).
  const rounded = (Math.sign(value) * Math.round(Math.abs(value) * 10)) / 10;
  const parts = intl.formatNumberToParts(rounded, {
    signDisplay: 'exceptZero',
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  });
  const text = parts.map((part) => (part.type === 'minusSign' ? '−' : part.value)).join('');
  // No direction at all reads as "±0.0", not as a gain.
  return rounded === 0 ? `±${text}` : text;
}

/**
 * A difference of two shares in percentage points with its 95 % interval, in plain words.
 * @example pointsWithInterval(0.061, 0.02, 0.102) // "+6.1 points (95 % CI +2.0 to +10.2)"
 */
export function pointsWithInterval(estimate: number, low: number | null, high: number | null) {
  const points = `${signed(estimate * 100)} points`;
  if (low === null || high === null) return points;
  return `${points} (95 % CI ${signed(low * 100)} to ${signed(high * 100)})`;
}
