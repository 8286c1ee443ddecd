import type { IntlShape } from 'react-intl';

/** Numbers, dates and money as the chosen language writes them (Intl, through react-intl). */
export function formatters(intl: IntlShape) {
  return {
    number: (value: number, maximumFractionDigits = 2) =>
      intl.formatNumber(value, { maximumFractionDigits }),
    /** A share (0–1) as a whole percent; "—" when there is no base to take it of. */
    percent: (share: number | null) =>
      share === null ? '—' : intl.formatNumber(share, { style: 'percent' }),
    money: (amount: number, currency: string) => {
      try {
        return new Intl.NumberFormat(intl.locale, { style: 'currency', currency }).format(amount);
      } catch {
        // An unknown currency code: the amount still shows, with the code the journey gave.
        return `${intl.formatNumber(amount, { minimumFractionDigits: 2 })} ${currency}`;
      }
    },
    date: (value: Date | string | number) => intl.formatDate(value, { dateStyle: 'medium' }),
    dateTime: (value: Date | string | number) =>
      intl.formatDate(value, { dateStyle: 'medium', timeStyle: 'short' }),
    time: (value: Date | string | number) => intl.formatTime(value, { timeStyle: 'short' }),
    list: (items: readonly string[]) => intl.formatList(items, { type: 'conjunction' }),
  };
}
export type Formatters = ReturnType<typeof formatters>;
