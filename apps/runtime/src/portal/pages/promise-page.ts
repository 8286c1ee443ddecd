// Promise to pay: a date picker (empty until the borrower picks: nothing is chosen for them) limited to what the node allows (today to maxDaysOut days ahead,
// in the borrower's own calendar). The browser's picker enforces the range; the journey vets the
// date again and its verdict is what the borrower sees.
import { addDays, localDate } from '@tandem/dsl';
import { html } from 'hono/html';
import { formFields, layout, notice, type Html, type PageKit } from '../page-kit';
import { dateFieldOrder, monthNames, type DatePart, type TypedDate } from '../date-entry';
import type { CurrentPromise } from '../portal-payments';
import type { PortalSession, PromiseConfig } from '../portal-session';

export interface PromiseRange {
  min: string;
  max: string;
}

export function promiseRange(config: PromiseConfig, timezone: string, now: Date): PromiseRange {
  const today = localDate(now.toISOString(), timezone);
  return { min: today, max: addDays(today, config.maxDaysOut) };
}

/**
 * Day, month (by name) and year in the page language's order, empty until the borrower fills
 * them: one fieldset, so the label "Payment date" covers all three.
 */
export function dateFields(
  kit: PageKit,
  typed: TypedDate,
  invalid: boolean,
  labels: { legend: string; hint: string } = {
    legend: kit.t.promise.dateLabel,
    hint: kit.t.promise.dateHint,
  },
): Html {
  const { t } = kit;
  const marked = invalid ? html` aria-invalid="true"` : '';
  const months = monthNames(kit.intl).map(
    (name, i) =>
      html`<option value="${i + 1}" ${typed.month === String(i + 1) ? html` selected` : ''}>
        ${name}
      </option>`,
  );
  const field: Record<DatePart, Html> = {
    day: html`<div class="date-part day">
      <label for="date-day">${t.promise.day}</label>
      <input
        type="text"
        id="date-day"
        name="day"
        inputmode="numeric"
        maxlength="2"
        autocomplete="off"
        value="${typed.day ?? ''}"
        ${marked}
      />
    </div>`,
    month: html`<div class="date-part month">
      <label for="date-month">${t.promise.month}</label>
      <select id="date-month" name="month" ${marked}>
        <option value="">${t.promise.chooseMonth}</option>
        ${months}
      </select>
    </div>`,
    year: html`<div class="date-part year">
      <label for="date-year">${t.promise.year}</label>
      <input
        type="text"
        id="date-year"
        name="year"
        inputmode="numeric"
        maxlength="4"
        autocomplete="off"
        value="${typed.year ?? ''}"
        ${marked}
      />
    </div>`,
  };
  return html`<fieldset class="date" aria-describedby="date-hint">
    <legend>${labels.legend}</legend>
    <span class="hint" id="date-hint">${labels.hint}</span>
    <div class="date-parts">${dateFieldOrder(kit.intl).map((part) => field[part])}</div>
  </fieldset>`;
}

export function promisePage(
  kit: PageKit,
  session: PortalSession,
  input: {
    range: PromiseRange;
    csrf: string;
    result?: Html;
    /** What the borrower typed, kept when the page comes back with a refusal. */
    typed?: TypedDate;
    amount?: string;
    /** The field the refusal is about. */
    invalid?: 'date' | 'replace';
    /** The promise in force: the page names it, and a new one needs an explicit "replace". */
    current?: CurrentPromise | null;
  },
): Html {
  const { t } = kit;
  const { account } = session;
  const current = input.current
    ? html`<p>
        ${t.promise.current(kit.date(input.current.date), kit.money(input.current.amount, account.currency))}
      </p>`
    : '';
  const replace = input.current
    ? html`<div class="field">
        <label class="choice"
          ><input
            type="checkbox"
            name="replace"
            value="yes"
            ${input.invalid === 'replace' ? html` aria-invalid="true"` : ''}
          />
          ${t.promise.replaceLabel}</label
        >
      </div>`
    : '';
  const body = html`${input.result ?? ''} ${current}
    <p>${t.promise.intro(kit.date(input.range.min), kit.date(input.range.max))}</p>
    <form method="post" action="${kit.href('/promise')}" novalidate>
      ${formFields(kit, input.csrf)} ${dateFields(kit, input.typed ?? {}, input.invalid === 'date')}
      <div class="field">
        <label for="amount">${t.promise.amountLabel}</label>
        <span class="hint" id="amount-hint"
          >${t.promise.amountHint(kit.money(account.amountDue, account.currency))}</span
        >
        <input
          type="number"
          id="amount"
          name="amount"
          inputmode="decimal"
          min="0"
          step="0.01"
          value="${input.amount ?? ''}"
          aria-describedby="amount-hint"
        />
      </div>
      ${replace}
      <button type="submit">${t.promise.submit}</button>
    </form>`;
  return layout(kit, { title: t.promise.title, body, path: '/promise' });
}

/** Cancelling the promise in force: what is withdrawn, and one button. */
export function promiseCancelPage(
  kit: PageKit,
  session: PortalSession,
  current: CurrentPromise,
  csrf: string,
  result?: Html,
): Html {
  const { t } = kit;
  const amount = kit.money(current.amount, session.account.currency);
  const body = html`${result ?? ''}
    <p>${t.promise.cancelIntro(kit.date(current.date), amount)}</p>
    <form method="post" action="${kit.href('/promise/cancel')}">
      ${formFields(kit, csrf)}
      <button type="submit">${t.promise.cancelSubmit}</button>
    </form>`;
  return layout(kit, { title: t.promise.cancelTitle, body, path: '/promise/cancel' });
}

/** Says the date and the amount promised (the whole amount due when none was typed). */
export const promiseConfirmed = (kit: PageKit, date: string, amount: number, currency: string) =>
  notice('success', kit.t.promise.confirmed(kit.date(date), kit.money(amount, currency)));
