import { problemCodes, validateJourney, type Problem } from '@tandem/dsl';
import { builtInCatalogue } from '@tandem/nodes';
import { describe, expect, it } from 'vitest';
import { catalogues } from '../i18n/catalogues';
import { appLocales } from '../i18n/locales';
import { i18nFor } from '../i18n/use-i18n';
import { smallJourney } from '../test-fixtures';
import { problemTemplates, problemText } from './problem-text';

const names = { node: (id: string) => `«${id}»` };
const problemsOf = (doc: Record<string, unknown>) =>
  validateJourney(doc, builtInCatalogue).problems;

// Journeys broken in many ways at once, so most built-in codes come out of the real validator.
const broken: Record<string, unknown>[] = [
  smallJourney({
    locales: ['en', 'vi'],
    defaultLocale: 'es',
    nodes: [
      {
        id: 'hello',
        type: 'remind',
        config: { channel: 'sms', message: { en: 'Hi {{ borrower.nmae }} {% include "x" %}' } },
        next: { sent: 'nowhere', snet: 'bye' },
      },
      { id: 'hello', type: 'wait', config: { for: 3, extra: 1 }, next: {} },
      { id: 'odd', type: 'acme.unknown', config: {}, next: {} },
      { id: 'loop', type: 'branch', config: { rules: [] }, next: { else: 'loop' } },
      {
        id: 'split',
        type: 'split',
        config: { variants: [{ name: 'a', port: 'a', weight: 10 }] },
        next: { a: 'bye' },
      },
      { id: 'bye', type: 'end', config: { outcome: 'done' }, next: {} },
    ],
    start: 'helo',
  }),
  smallJourney({ start: undefined }),
  smallJourney({
    nodes: [
      {
        id: 'hello',
        type: 'remind',
        config: {
          channel: 'sms',
          message: { en: '{% for i in (1..300) %}xxxxxxxxxx{% endfor %}', vi: 'Chào' },
        },
        next: { sent: 'hello' },
      },
    ],
    start: 'hello',
  }),
  smallJourney({
    nodes: [
      {
        id: 'hello',
        type: 'remind',
        config: { channel: 'sms', message: { en: '{{ x', vi: 'Chào' } },
        next: { sent: 'hello' },
      },
    ],
    start: 'hello',
  }),
];
const found: Problem[] = broken.flatMap(problemsOf);

describe('problem texts', () => {
  it.each(appLocales)('has a template for every built-in problem code in %s', (locale) => {
    const missing = problemCodes.filter((code) => !catalogues[locale][problemTemplates[code]]);
    expect(missing).toEqual([]);
  });

  it('gets many codes from the validator for the next test to word', () => {
    const codes = new Set(found.map((p) => p.code));
    expect(codes.size).toBeGreaterThanOrEqual(12);
  });

  it.each(appLocales)(
    'words every problem the validator gives in %s, all its values filled',
    (locale) => {
      const i18n = i18nFor(locale);
      for (const problem of found) {
        const text = problemText(problem, i18n, names);
        expect(text, `${locale} ${problem.code}`).not.toMatch(
          /[{}]\s*$|\{[a-zA-Z]+\}|validation\./,
        );
        if (locale !== 'en' && problem.args) {
          expect(text, `${locale} ${problem.code}`).not.toBe(problem.message);
        }
      }
    },
  );

  it('names the step and the field, and says the missing language, in Chinese', () => {
    const doc = smallJourney();
    const nodes = doc.nodes as Array<Record<string, unknown>>;
    nodes[1] = { ...nodes[1], config: { channel: 'sms', message: { en: 'Hi' } } };
    const [problem] = problemsOf(doc).filter((p) => p.code === 'MISSING_LOCALE');
    expect(problemText(problem!, i18nFor('zh'), names)).toBe(
      '«hello»，message：缺少 “vi” 文本。请用旅程的每种语言填写（en, vi）。',
    );
  });

  it('writes a limit in the chosen language', () => {
    const [problem] = problemsOf(broken[2]!).filter((p) => p.code === 'TEMPLATE_TOO_LONG');
    expect(problem?.args).toMatchObject({ kind: 'segments', limit: 10 });
    expect(problemText(problem!, i18nFor('es'), names)).toMatch(
      /^«hello», message\.en: el texto ocupa \d+ segmentos SMS; el límite es 10\.$/,
    );
  });

  it('keeps the English message of a code it has no template for, or of a problem without values', () => {
    const custom = {
      code: 'ACME_CREDIT',
      severity: 'error',
      message: 'Credit check needs a bureau.',
      path: [],
    };
    expect(problemText(custom as unknown as Problem, i18nFor('vi'), names)).toBe(
      'Credit check needs a bureau.',
    );
    const nodeOwn: Problem = {
      code: 'NODE_CONFIG',
      severity: 'error',
      message: 'Node "pick": variant "a" is listed twice',
      nodeId: 'pick',
      path: ['nodes', 0, 'config', 'variants', 1, 'name'],
    };
    expect(problemText(nodeOwn, i18nFor('zh'), names)).toBe(nodeOwn.message);
  });
});
