import { describe, expect, it } from 'vitest';
import { factsFixture } from '../testing/facts-fixture';
import { formattingLocale, renderTemplate, templateVariables } from './render';

const vnd = factsFixture();
const usd = factsFixture({ account: { amountDue: 1234.5, currency: 'USD' } });

function render(template: string, locale: string, facts = vnd): string {
  const result = renderTemplate({ template, locale, facts });
  if (!result.ok) throw new Error(`render failed: ${result.error.message}`);
  return result.text;
}

describe('renderTemplate: money', () => {
  // Expected strings are what Node 20's ICU prints; vi and es separate with U+00A0.
  const cases = [
    ['en', '₫2,500,000', '$1,234.50'],
    ['vi', '2.500.000\u00a0₫', '1.234,50\u00a0US$'],
    ['es', '2.500.000\u00a0₫', '1234,50\u00a0US$'],
    ['zh', '₫2,500,000', 'US$1,234.50'],
  ] as const;
  it.each(cases)('formats VND and USD in %s', (locale, dong, dollars) => {
    expect(render('{{ account.amountDue | money }}', locale, vnd)).toBe(dong);
    expect(render('{{ account.amountDue | money }}', locale, usd)).toBe(dollars);
  });

  it('lets an explicit currency override the account currency', () => {
    expect(render('{{ account.minimumPayment | money: "EUR" }}', 'en')).toBe('€500,000.00');
    expect(render('{{ 20 | money: "USD" }}', 'vi')).toBe('20,00\u00a0US$');
  });

  it('reports a currency argument that is not a code', () => {
    const result = renderTemplate({ template: '{{ 5 | money: 978 }}', locale: 'en', facts: vnd });
    expect(result).toMatchObject({
      ok: false,
      error: { message: 'money takes a currency code such as "EUR"' },
    });
  });

  it('reports money applied to a whole object', () => {
    const result = renderTemplate({ template: '{{ account | money }}', locale: 'en', facts: vnd });
    expect(result).toMatchObject({
      ok: false,
      error: { message: 'money needs a single value, not object' },
    });
  });

  it('reports a currency Intl does not know as a located error', () => {
    const result = renderTemplate({
      template: 'Due:\n  {{ 5 | money: "EURO" }}',
      locale: 'en',
      facts: vnd,
    });
    expect(result).toMatchObject({ ok: false, error: { line: 2, column: 3 } });
  });
});

describe('renderTemplate: date', () => {
  const cases = [
    ['en', 'March 1, 2026', '3/1/26', 'Mar 1, 2026', 'Sunday, March 1, 2026'],
    ['vi', '1 tháng 3, 2026', '1/3/26', '1 thg 3, 2026', 'Chủ Nhật, 1 tháng 3, 2026'],
    ['es', '1 de marzo de 2026', '1/3/26', '1 mar 2026', 'domingo, 1 de marzo de 2026'],
    ['zh', '2026年3月1日', '2026/3/1', '2026年3月1日', '2026年3月1日星期日'],
  ] as const;
  it.each(cases)(
    'formats the due date in %s, long by default',
    (locale, long, short, medium, full) => {
      expect(render('{{ account.dueDate | date }}', locale)).toBe(long);
      expect(render('{{ account.dueDate | date: "long" }}', locale)).toBe(long);
      expect(render('{{ account.dueDate | date: "short" }}', locale)).toBe(short);
      expect(render('{{ account.dueDate | date: "medium" }}', locale)).toBe(medium);
      expect(render('{{ account.dueDate | date: "full" }}', locale)).toBe(full);
    },
  );

  it("shows an instant in the borrower's time zone", () => {
    const template = '{{ borrower.attributes.paidAt | date }}';
    const paidAt = '2026-02-28T17:30:00Z';
    const inSaigon = factsFixture({ borrower: { attributes: { paidAt } } });
    const inUtc = factsFixture({ borrower: { timezone: 'UTC', attributes: { paidAt } } });
    expect(render(template, 'vi', inSaigon)).toBe('1 tháng 3, 2026');
    expect(render(template, 'vi', inUtc)).toBe('28 tháng 2, 2026');
  });

  it("replaces Liquid's strftime date filter, rejecting its format strings", () => {
    const result = renderTemplate({
      template: '{{ account.dueDate | date: "%Y" }}',
      locale: 'en',
      facts: vnd,
    });
    expect(result).toEqual({
      ok: false,
      error: {
        message: 'date style must be one of "short", "medium", "long", "full"; got "%Y"',
        line: 1,
        column: 1,
      },
    });
  });

  it('renders a missing date as empty', () => {
    const noDue = factsFixture({ account: { dueDate: undefined } });
    expect(render('Due: [{{ account.dueDate | date }}]', 'en', noDue)).toBe('Due: []');
  });
});

describe('renderTemplate: Liquid', () => {
  it('renders facts, links and control flow', () => {
    const template =
      'Chào {{ borrower.firstName }}, {% if account.daysPastDue > 0 %}quá hạn{% else %}sắp đến hạn{% endif %}: {{ links.pay }}';
    expect(render(template, 'vi')).toBe(
      'Chào Lan, sắp đến hạn: https://pay.example.test/p/lan/pay',
    );
  });

  it('renders undefined variables as empty', () => {
    expect(render('[{{ borrower.nickname }}][{{ nothing.at.all }}]', 'en')).toBe('[][]');
  });

  it('keeps text as written: no HTML escaping in SMS text', () => {
    const facts = factsFixture({ borrower: { firstName: 'Lan & <Mai>' } });
    expect(render('{{ borrower.firstName }}', 'en', facts)).toBe('Lan & <Mai>');
  });

  it('returns syntax errors with line and column instead of throwing', () => {
    expect(
      renderTemplate({ template: 'Hi\n  {{ borrower.firstName ', locale: 'en', facts: vnd }),
    ).toEqual({
      ok: false,
      error: { message: 'output "{{ borrower.firstName " not closed', line: 2, column: 3 },
    });
    expect(
      renderTemplate({ template: '{% if %}x{% endif %}', locale: 'en', facts: vnd }),
    ).toMatchObject({
      ok: false,
      error: { line: 1 },
    });
  });

  it('reports an unknown filter as an error', () => {
    expect(
      renderTemplate({ template: 'x\n{{ account.amountDue | dong }}', locale: 'en', facts: vnd }),
    ).toEqual({
      ok: false,
      error: { message: 'undefined filter: dong', line: 2, column: 1 },
    });
  });

  it('never reads other templates', () => {
    const result = renderTemplate({ template: '{% include "footer" %}', locale: 'en', facts: vnd });
    expect(result).toEqual({
      ok: false,
      error: { message: 'a message template cannot include other templates', line: 1, column: 1 },
    });
  });

  it('stops a template that allocates without bound', () => {
    const result = renderTemplate({
      template: '{% for i in (1..100000000) %}{% endfor %}',
      locale: 'en',
      facts: vnd,
    });
    expect(result).toMatchObject({ ok: false, error: { message: 'memory alloc limit exceeded' } });
  });

  it('does not let the template write into the facts it was given', () => {
    const facts = factsFixture();
    render('{% increment borrower %}{% assign account = 1 %}', 'en', facts);
    expect(facts).toEqual(factsFixture());
  });

  it('is deterministic: same input, same text', () => {
    const template =
      '{{ account.amountDue | money }} {{ account.dueDate | date: "full" }} {{ "now" | date }}';
    expect(render(template, 'es')).toBe(render(template, 'es'));
    expect(render(template, 'es')).toBe('2.500.000\u00a0₫ domingo, 1 de marzo de 2026 now');
  });
});

describe('templateVariables', () => {
  it('lists the dotted paths a template reads, in order, without duplicates', () => {
    const template =
      'Hi {{ borrower.firstName }}, {{ account.amountDue | money }} by {{ account.dueDate | date: "short" }}: {{ links.pay }} {{ borrower.firstName }}';
    expect(templateVariables(template)).toEqual({
      ok: true,
      variables: ['borrower.firstName', 'account.amountDue', 'account.dueDate', 'links.pay'],
    });
  });

  it('finds variables in tags and filter arguments', () => {
    const template =
      '{% if account.daysPastDue > 30 %}{{ borrower.segment | default: borrower.firstName }}{% endif %}{{ 1 | money: account.currency }}';
    expect(templateVariables(template)).toEqual({
      ok: true,
      variables: [
        'account.daysPastDue',
        'borrower.segment',
        'borrower.firstName',
        'account.currency',
      ],
    });
  });

  it('excludes names the template assigns, captures or loops over', () => {
    const template =
      '{% assign due = account.dueDate %}{{ due | date }}{% capture who %}{{ borrower.firstName }}{% endcapture %}{{ who }}' +
      '{% for tag in borrower.attributes.tags %}{{ tag }}{{ forloop.index }}{% endfor %}';
    expect(templateVariables(template)).toEqual({
      ok: true,
      variables: ['account.dueDate', 'borrower.firstName', 'borrower.attributes.tags'],
    });
  });

  it('reports a name read before the template assigns it', () => {
    expect(templateVariables('{{ greeting }}{% assign greeting = "Hi" %}{{ greeting }}')).toEqual({
      ok: true,
      variables: ['greeting'],
    });
  });

  it('stops a path at an array index or a computed key', () => {
    expect(
      templateVariables('{{ borrower.attributes.tags[0] }} {{ account[borrower.segment].x }}'),
    ).toEqual({
      ok: true,
      variables: ['borrower.attributes.tags', 'account', 'borrower.segment'],
    });
  });

  it("drops Liquid's size / first / last unless a fact has that name", () => {
    expect(
      templateVariables('{{ borrower.firstName.size }} {{ borrower.attributes.size }}'),
    ).toEqual({
      ok: true,
      variables: ['borrower.firstName', 'borrower.attributes.size'],
    });
  });

  it('returns an empty list for plain text', () => {
    expect(templateVariables('Xin chào!')).toEqual({ ok: true, variables: [] });
  });

  it('returns syntax errors with their position', () => {
    expect(templateVariables('ok\n\n  {% if %}')).toEqual({
      ok: false,
      error: { message: 'invalid value expression: ""', line: 3, column: 8 },
    });
    expect(templateVariables('{{ x | nosuch }}')).toMatchObject({
      ok: false,
      error: { message: 'undefined filter: nosuch', line: 1, column: 1 },
    });
  });
});

describe('formatting follows the borrower’s region within the message’s language', () => {
  it('formats money for a Mexican borrower of a Spanish message the Mexican way', () => {
    const facts = factsFixture({
      borrower: { locale: 'es-MX', timezone: 'America/Mexico_City' },
      account: { amountDue: 3800, currency: 'MXN' },
    });
    expect(
      renderTemplate({ template: '{{ account.amountDue | money }}', locale: 'es', facts }),
    ).toEqual({ ok: true, text: '$3,800.00' });
  });

  it('keeps the message locale when the borrower reads another language or an unknown tag', () => {
    expect(formattingLocale('en', 'vi')).toBe('en');
    expect(formattingLocale('es', 'es-MX')).toBe('es-MX');
    expect(formattingLocale('es', 'es-zz-invalid-tag-@')).toBe('es');
  });
});
