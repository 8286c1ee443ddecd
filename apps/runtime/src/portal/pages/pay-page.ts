// Pay: how much (the full amount due, the amount promised, or another amount within the
// lender's limits; nothing chosen for the borrower), then a hand-over to the lender's payment
// page. While a hand-over waits for its `payment.received`, the page says the payment is in
// progress instead of offering to pay again.
import { html } from 'hono/html';
import { formFields, layout, notice, type Html, type PageKit } from '../page-kit';
import type { CurrentPromise, PortalPayment } from '../portal-payments';
import type { PortalSession } from '../portal-session';

export type PayChoice = 'full' | 'promised' | 'other';

export interface PayLimits {
  min: number;
  max: number;
}

/** The smallest and largest amount the borrower may pay here (never more than is due). */
export const payLimits = (amountDue: number, minAmount = 1): PayLimits => ({
  min: Math.min(minAmount, amountDue),
  max: amountDue,
});

export function payPage(
  kit: PageKit,
  session: PortalSession,
  input: {
    csrf: string;
    limits: PayLimits;
    promise: CurrentPromise | null;
    payment: PortalPayment | null;
    /** Online payment is configured (lender settings and the payment secret). */
    available: boolean;
    result?: Html;
    /** What the borrower chose and typed, kept when the page comes back with a refusal. */
    choice?: string;
    other?: string;
    invalid?: 'choice' | 'other';
  },
): Html {
  const { t } = kit;
  const { account } = session;
  const money = (amount: number) => kit.money(amount, account.currency);
  if (input.payment && !input.payment.received) {
    return layout(kit, {
      title: t.pay.pendingTitle,
      body: html`${notice('success', t.pay.pending(money(input.payment.amount)))}`,
      path: '/pay',
    });
  }
  const received = input.payment?.received
    ? notice('success', t.pay.received(money(input.payment.amount)))
    : '';
  if (!input.available || account.amountDue <= 0) {
    return layout(kit, {
      title: t.pay.title,
      body: html`${received}
        <p>${t.pay.unavailable}</p>`,
      path: '/pay',
    });
  }
  const option = (value: PayChoice, label: string) =>
    html`<label class="choice"
      ><input
        type="radio"
        name="choice"
        value="${value}"
        ${input.choice === value ? html` checked` : ''}
        ${input.invalid === 'choice' ? html` aria-invalid="true"` : ''}
      />
      ${label}</label
    >`;
  const promised =
    input.promise && input.promise.amount < account.amountDue
      ? option(
          'promised',
          t.pay.promised(money(input.promise.amount), kit.date(input.promise.date)),
        )
      : '';
  const body = html`${input.result ?? received}
    <p>${t.pay.intro(money(account.amountDue))}</p>
    <form method="post" action="${kit.href('/pay')}" novalidate>
      ${formFields(kit, input.csrf)}
      <fieldset>
        <legend>${t.pay.legend}</legend>
        ${option('full', t.pay.full(money(account.amountDue)))} ${promised}
        ${option('other', t.pay.other)}
        <div class="field">
          <label for="other">${t.pay.otherLabel}</label>
          <span class="hint" id="other-hint"
            >${t.pay.otherHint(money(input.limits.min), money(input.limits.max))}</span
          >
          <input
            type="text"
            id="other"
            name="other"
            inputmode="decimal"
            autocomplete="off"
            value="${input.other ?? ''}"
            aria-describedby="other-hint"
            ${input.invalid === 'other' ? html` aria-invalid="true"` : ''}
          />
        </div>
      </fieldset>
      <p class="hint">${t.pay.handoff}</p>
      <button type="submit">${t.pay.submit}</button>
    </form>`;
  return layout(kit, { title: t.pay.title, body, path: '/pay' });
}

/**
 * The amount a posted pay form asks for, or why it cannot be paid. "Other" accepts "12.50" and
 * "12,50" (the decimal comma of es/vi pages), at most two decimals.
 */
export function chosenAmount(
  form: { choice?: string; other?: string },
  amountDue: number,
  promise: CurrentPromise | null,
  limits: PayLimits,
): { ok: true; amount: number } | { ok: false; problem: 'choice' | 'other' } {
  if (form.choice === 'full') return { ok: true, amount: amountDue };
  if (form.choice === 'promised' && promise) return { ok: true, amount: promise.amount };
  if (form.choice !== 'other') return { ok: false, problem: 'choice' };
  const typed = (form.other ?? '').trim().replace(/\s/g, '');
  if (!/^\d{1,9}([.,]\d{1,2})?$/.test(typed)) return { ok: false, problem: 'other' };
  const amount = Number(typed.replace(',', '.'));
  if (amount < limits.min || amount > limits.max) return { ok: false, problem: 'other' };
  return { ok: true, amount };
}
