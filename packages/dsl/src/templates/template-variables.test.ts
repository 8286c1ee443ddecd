import { describe, expect, it } from 'vitest';
import { findVariables, findVariablesWithLiquid } from './template-variables';

// The scan must give exactly Liquid's answer, variables and errors alike, on plain templates
// and on everything it must hand over to Liquid.
const corpus = [
  'no markup at all',
  '',
  'Hi {{ borrower.firstName }}, pay {{ account.amountDue | money }}: {{ links.pay }}',
  'Hi {{borrower.firstName}}{{borrower.firstName}} twice',
  '{{ account.amountDue | money: "EUR" }} and {{ account.dueDate | date: \'short\' }}',
  '{{ account.amountDue | plus: 1.5 | minus: -2 | money }}',
  '{{ borrower.firstName | append: "x", "y" }}',
  '{{ borrower.firstName | nosuchfilter }}',
  '{{ borrower.firstName | money: account.currency }}',
  '{{ borrower.firstName',
  'text }} then {{ links.portal }}',
  '{ single brace } {{ links.portal }}',
  '{{- borrower.firstName -}}',
  '{{ true }} {{ nil }} {{ empty }} {{ blank }} {{ null }} {{ false }}',
  '{{ items[0].name }} {{ borrower["firstName"] }}',
  '{{ borrower.tags.size }} {{ account.items.first }} {{ x.last }}',
  '{{ borrower }}',
  '{{ 42 }} {{ "text" }}',
  '{{ }}',
  '{{ borrower.firstName | append: "}}" }}',
  '{{ borrower.firstName | append: "a\\"b" }}',
  '{% if account.amountDue > 0 %}{{ account.amountDue | money }}{% endif %}',
  '{% assign n = borrower.firstName %}{{ n }} {{ account.dueDate }}',
  '{{ a.b.c.d }}\n{{\n  account.amountDue\n  | money\n}}',
  '{{ borrower.first-name }}',
  '{{ borrower.firstName | }}',
  '{{ borrower.firstName || money }}',
  '{{ borrower.firstName | money: "EUR", }}',
  '{{ borrower.firstName | money "EUR" }}',
  '{{ borrower..firstName }}',
  '{{ .firstName }}',
  '{{ borrower.firstName }} {% raw %}{{ not.a.variable }}{% endraw %}',
  '{{ Borrower.FirstName }} {{ _x.y_1 }}',
  `${'{{ links.pay }} '.repeat(3000)}`,
];

describe('findVariables', () => {
  it.each(corpus.map((template) => [template.slice(0, 80), template]))(
    'agrees with Liquid on %j',
    (_name, template) => {
      expect(findVariables(template)).toEqual(findVariablesWithLiquid(template));
    },
  );

  it('finds the variables of a plain template in order of first use, once each', () => {
    expect(
      findVariables('{{ links.pay }} {{ borrower.firstName }} {{ links.pay | upcase }}'),
    ).toEqual({ ok: true, variables: ['links.pay', 'borrower.firstName'] });
  });
});
