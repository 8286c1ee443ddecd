import { describe, expect, it } from 'vitest';
import { factsFixture } from '../testing/facts-fixture';
import type { FormatSettings } from './filters';
import { liquid, renderContext } from './liquid-engine';
import { renderPlain } from './plain-render';
import { parseTemplate } from './template-cache';

const settings: FormatSettings = { locale: 'en', timeZone: 'Asia/Ho_Chi_Minh', currency: 'VND' };

function scopeOf(extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    ...factsFixture({ borrower: { attributes: { tier: 'gold', score: 7, vip: true } } }),
    links: { portal: 'https://portal.example/x', pay: 'https://portal.example/x/pay' },
    ...extra,
  };
}

/** What Liquid itself renders (the reference), or the error message it throws. */
function withLiquid(template: string, scope: Record<string, unknown>): string {
  try {
    return String(
      liquid.renderSync(parseTemplate(template), renderContext({ ...scope }, settings)),
    );
  } catch (error) {
    return `error: ${error instanceof Error ? error.message : String(error)}`;
  }
}

describe('renderPlain', () => {
  const plain = [
    'No tags at all, just text }} and a lone brace {',
    'Hi {{ borrower.firstName }}, {{ account.amountDue | money }} is due on {{ account.dueDate | date }}. {{ links.portal }}',
    '{{account.amountDue|money:"EUR"}} / {{ account.minimumPayment | money: \'USD\' }}',
    '{{ account.dueDate | date: "short" }} {{ account.dueDate | date: "full" }}',
    'missing: [{{ borrower.nickname }}] [{{ nothing.at.all }}]',
    'scalars: {{ account.daysPastDue }} {{ account.timeBarred }} {{ borrower.attributes.score }} {{ borrower.attributes.vip }}',
    'nil money: [{{ borrower.nickname | money }}] nil date: [{{ borrower.nickname | date }}]',
    'text through money: {{ borrower.firstName | money }}',
    'Chào {{ borrower.firstName }}, khoản {{ account.amountDue | money }} đến hạn: {{ links.pay }}',
  ];

  it.each(plain)('renders %j exactly as Liquid does, without Liquid', (template) => {
    const scope = scopeOf();
    const text = renderPlain(template, scope, settings);
    expect(text).toBeDefined();
    expect(text).toBe(withLiquid(template, scope));
  });

  const liquidOnly = [
    '{% if account.amountDue > 0 %}due{% endif %}',
    '{{- borrower.firstName -}}',
    '{{ borrower.firstName | upcase }}',
    '{{ borrower.firstName.size }}',
    '{{ borrower.constructor }}',
    '{{ account }}',
    '{{ nil }}',
    '{{ account.amountDue | money: 978 }}',
    '{{ account.dueDate | date: "weird" }}',
    '{{ account | money }}',
    '{{ "literal" }}',
    'unclosed {{ borrower.firstName',
    '{{ items }}',
    '{{ fn }}',
    '{{ borrower.firstName.deeper }}',
  ];

  it.each(liquidOnly)('leaves %j to Liquid', (template) => {
    const scope = scopeOf({ items: ['a', 'b'], fn: () => 'called' });
    expect(renderPlain(template, scope, settings)).toBeUndefined();
  });
});
