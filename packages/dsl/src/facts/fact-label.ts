import { attributeLabels, factLabelLocales, factLabels, type FactLabelLocale } from './fact-labels';

const isLabelLocale = (locale: string): locale is FactLabelLocale =>
  (factLabelLocales as readonly string[]).includes(locale);

/**
 * A fact's name as a manager reads it, in one language (English when the language has none):
 * the catalogue's facts by their own name, a lender's attribute by its key, anything else as its
 * path (it is no fact; the validator says so).
 * @example factLabel('account.daysPastDue', 'vi') // "Số ngày quá hạn"
 * @example factLabel('borrower.attributes.income', 'en') // "Borrower attribute “income”"
 */
export function factLabel(path: string, locale: string): string {
  const language = isLabelLocale(locale) ? locale : 'en';
  const own = factLabels[language][path] ?? factLabels.en[path];
  if (own !== undefined) return own;
  const attribute = /^(borrower|account)\.attributes\.(.+)$/.exec(path);
  if (attribute) {
    const owner = attribute[1] as 'borrower' | 'account';
    return attributeLabels[language][owner].replace('{key}', attribute[2]!);
  }
  return path;
}
