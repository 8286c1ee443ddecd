import type { IntlShape } from 'react-intl';

type Unit = 'second' | 'minute' | 'hour' | 'day';

/** "45 min", "3 giờ", "4天": an amount of one unit as the chosen language abbreviates it. */
export function formatUnit(intl: IntlShape, value: number, unit: Unit): string {
  return intl.formatNumber(value, { style: 'unit', unit, unitDisplay: 'short' });
}

/** "3 hr 20 min": amounts of several units, joined as the language joins units. */
export function formatUnits(intl: IntlShape, parts: ReadonlyArray<[number, Unit]>): string {
  return intl.formatList(
    parts.map(([value, unit]) => formatUnit(intl, value, unit)),
    { type: 'unit', style: 'narrow' },
  );
}
