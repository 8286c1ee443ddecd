// Every fact has a name in every web-app language, and only the catalogue's facts have one: a
// fact added to the catalogue without its names fails here.
import { describe, expect, it } from 'vitest';
import { factLabel } from './fact-label';
import { factLabelLocales, factLabels } from './fact-labels';
import { factCatalogue } from './facts';

const paths = factCatalogue.map((f) => f.path).sort();

describe.each(factLabelLocales)('fact names in %s', (locale) => {
  it('names every fact of the catalogue, and nothing else', () => {
    expect(Object.keys(factLabels[locale]).sort()).toEqual(paths);
  });

  it('names no fact by its path or, outside English, in English', () => {
    for (const path of paths) {
      const label = factLabel(path, locale);
      expect(label, path).not.toBe(path);
      if (locale !== 'en' && !/link|WhatsApp/i.test(factLabels.en[path]!)) {
        expect(label, path).not.toBe(factLabels.en[path]);
      }
    }
  });
});

describe('factLabel', () => {
  it('names a lender’s attribute by its key', () => {
    expect(factLabel('borrower.attributes.income', 'zh')).toBe('借款人属性“income”');
    expect(factLabel('account.attributes.branch', 'es')).toBe('Atributo de la cuenta “branch”');
  });

  it('falls back to English in another language, and to the path for what is no fact', () => {
    expect(factLabel('account.daysPastDue', 'fr')).toBe('Days past due');
    expect(factLabel('account.nope', 'vi')).toBe('account.nope');
  });
});
