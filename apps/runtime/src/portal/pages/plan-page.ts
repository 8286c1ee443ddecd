// Plan chooser: every plan the node offers, with its instalment and its full schedule (a
// <details> each, so it works without script), one radio group, one button.
import { localDate } from '@tandem/dsl';
import { instalmentAmount, planLabel } from '@tandem/nodes';
import { html } from 'hono/html';
import { formFields, layout, type Html, type PageKit } from '../page-kit';
import { planSchedule, planTotal } from '../plan-schedule';
import type { PlanConfig, PortalSession } from '../portal-session';

/** Plans below their own minimum instalment are not offered (the node would refuse them). */
export function offeredPlans(config: PlanConfig, balance: number) {
  return config.options
    .map((option, index) => ({ option, index }))
    .filter(({ option }) => instalmentAmount(option, balance) >= option.minInstalment);
}

/** The language the label is shown in (for `lang`, so a fallback is read in its own voice). */
function labelLang(option: PlanConfig['options'][number], locale: string, fallback: string) {
  const label = option.label;
  if (label === undefined || typeof label === 'string' || label[locale]) return locale;
  return label[fallback] ? fallback : (Object.keys(label)[0] ?? locale);
}

export function planPage(
  kit: PageKit,
  session: PortalSession,
  config: PlanConfig,
  input: { now: Date; csrf: string; result?: Html },
): Html {
  const { t } = kit;
  const { account, borrower } = session;
  const today = localDate(input.now.toISOString(), borrower.timezone);
  const money = (amount: number) => kit.money(amount, account.currency);
  const plans = offeredPlans(config, account.amountDue).map(({ option, index }) => {
    const schedule = planSchedule(option, account.amountDue, today);
    const label = planLabel(option, kit.locale, session.defaultLocale);
    const rows = schedule.map(
      (i) =>
        html`<tr>
          <td>${i.number}</td>
          <td>${kit.date(i.date)}</td>
          <td class="amount">${money(i.amount)}</td>
        </tr>`,
    );
    return html`<div class="plan">
      <label class="choice"
        ><input type="radio" name="option" value="${index}" />
        <span
          >${label ? html`<span lang="${labelLang(option, kit.locale, session.defaultLocale)}">${label}</span>: ` : ''}${t.plan.option(option.instalments, option.frequency, money(instalmentAmount(option, account.amountDue)))}</span
        ></label
      >
      <p class="meta">
        ${option.discountPercent > 0 ? html`${t.plan.discount(option.discountPercent)} · ` : ''}${t.plan.total(money(planTotal(option, account.amountDue)))}
      </p>
      <details>
        <summary>${t.plan.schedule}</summary>
        <table>
          <thead>
            <tr>
              <th scope="col">${t.plan.number}</th>
              <th scope="col">${t.plan.date}</th>
              <th scope="col" class="amount">${t.plan.amount}</th>
            </tr>
          </thead>
          <tbody>
            ${rows}
          </tbody>
        </table>
      </details>
    </div>`;
  });
  const body = html`${input.result ?? ''}
    <p>${t.plan.intro(money(account.amountDue))}</p>
    <form method="post" action="${kit.href('/plan')}">
      ${formFields(kit, input.csrf)}
      <fieldset>
        <legend>${t.plan.legend}</legend>
        ${plans}
      </fieldset>
      <button type="submit">${t.plan.submit}</button>
    </form>
    <p class="none-work"><a href="${kit.href('/plan/none')}">${t.planNone.link}</a></p>`;
  return layout(kit, { title: t.plan.title, body, path: '/plan' });
}

/** "None of these plans work": a pause or a person, nothing chosen until the borrower chooses. */
export function planNonePage(
  kit: PageKit,
  input: { csrf: string; result?: Html; invalid?: boolean },
): Html {
  const t = kit.t.planNone;
  const choice = (value: 'pause' | 'person', label: string, hint: string) =>
    html`<label class="choice"
      ><input
        type="radio"
        name="instead"
        value="${value}"
        aria-describedby="instead-${value}-hint"
        ${value === 'pause' ? html` required` : ''}
      />
      <span>${label}<span class="hint" id="instead-${value}-hint">${hint}</span></span></label
    >`;
  const body = html`${input.result ?? ''}
    <p>${t.intro}</p>
    <form method="post" action="${kit.href('/plan/none')}">
      ${formFields(kit, input.csrf)}
      <fieldset${input.invalid ? html` aria-invalid="true"` : ''}>
        <legend>${t.legend}</legend>
        ${choice('pause', t.pause, t.pauseHint)} ${choice('person', t.person, t.personHint)}
      </fieldset>
      <button type="submit">${t.submit}</button>
    </form>`;
  return layout(kit, { title: t.title, body, path: '/plan/none' });
}
