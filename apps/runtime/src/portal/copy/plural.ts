// Counted words through Intl.PluralRules, so "1 minute" and "2 minutes" come from each
// language's own rules rather than `n === 1` checks (which English gets right and others need not).

/** A text per plural category the language uses; `#` is the number, formatted for the locale. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/**
 * @example plural('en', 1, { one: 'About # minute', other: 'About # minutes' }) // 'About 1 minute'
 */
export function plural(locale: string, count: number, forms: PluralForms): string {
  const form = forms[new Intl.PluralRules(locale).select(count)] ?? forms.other;
  return form.replaceAll('#', new Intl.NumberFormat(locale).format(count));
}
