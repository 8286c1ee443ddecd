// The page every message links to: what is due, and what the borrower can do about it now.
import { html } from 'hono/html';
import type { Lesson } from '../../lessons/lesson-schema';
import { lessonText } from '../../lessons/lesson-schema';
import { layout, type Html, type PageKit } from '../page-kit';
import type { Agreed } from '../portal-agreed';
import type { PortalSession } from '../portal-session';

const nothingAgreed: Agreed = { promise: null, plan: null, hardship: null, payment: null };

export function homePage(
  kit: PageKit,
  session: PortalSession,
  lesson: Lesson | null,
  agreed: Agreed = nothingAgreed,
  /** Paying here is configured (lender settings and the payment secret). */
  canPay = false,
): Html {
  const { t } = kit;
  const { account, borrower, step } = session;
  const money = (amount: number) => kit.money(amount, account.currency);
  const agreements: Html[] = [];
  if (agreed.promise) {
    const { date, amount } = agreed.promise;
    // Change and cancel only while the journey's promise step can still take the answer.
    const manage =
      step.kind === 'promise'
        ? html`<ul class="manage">
            <li><a href="${kit.href('/promise')}">${t.home.changePromise}</a></li>
            <li><a href="${kit.href('/promise/cancel')}">${t.home.cancelPromise}</a></li>
          </ul>`
        : '';
    agreements.push(
      html`<li>
        <p>${t.home.promised(kit.date(date), money(amount))}</p>
        ${manage}
      </li>`,
    );
  }
  if (agreed.plan) {
    const { next, schedule } = agreed.plan;
    const rows = schedule.map(
      (i) =>
        html`<tr>
          <td>${i.number}</td>
          <td>${kit.date(i.date)}</td>
          <td class="amount">${money(i.amount)}</td>
        </tr>`,
    );
    agreements.push(
      html`<li>
        <p>${t.home.planAgreed(agreed.plan.instalments)}</p>
        ${next ? html`<p>${t.home.nextInstalment(money(next.amount), kit.date(next.date))}</p>` : ''}
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
      </li>`,
    );
  }
  if (agreed.hardship) {
    const date = kit.date(agreed.hardship.at.slice(0, 10));
    agreements.push(
      html`<li>
        <p>
          ${agreed.hardship.pending ? t.home.hardshipPending(date) : t.home.hardshipReviewed(date)}
        </p>
      </li>`,
    );
  }
  if (agreed.payment && !agreed.payment.received)
    agreements.push(html`<li><p>${t.home.paymentPending(money(agreed.payment.amount))}</p></li>`);

  // Offers that no longer apply are not made again: a promise in force is changed, not re-made.
  const actions: Html[] = [];
  if (canPay && account.amountDue > 0 && !(agreed.payment && !agreed.payment.received))
    actions.push(html`<li><a href="${kit.href('/pay')}">${t.home.pay}</a></li>`);
  if (step.kind === 'promise' && !agreed.promise)
    actions.push(html`<li><a href="${kit.href('/promise')}">${t.home.promise}</a></li>`);
  if (step.kind === 'plan' && !agreed.plan)
    actions.push(html`<li><a href="${kit.href('/plan')}">${t.home.plan}</a></li>`);
  if (step.kind === 'lesson' && lesson) {
    actions.push(
      html`<li>
        <a href="${kit.href('/lesson')}"
          >${t.home.lesson(lessonText(lesson, kit.locale).text.title)}</a
        >
      </li>`,
    );
  }
  if (!agreed.hardship?.pending)
    actions.push(html`<li><a href="${kit.href('/hardship')}">${t.home.hardship}</a></li>`);
  actions.push(html`<li><a href="${kit.href('/preferences')}">${t.home.preferences}</a></li>`);
  const body = html`<p>${t.home.greeting(borrower.firstName)}</p>
    <h2>${t.home.balanceHeading}</h2>
    <dl class="balance">
      <div>
        <dt>${t.home.amountDue}</dt>
        <dd>${kit.money(account.amountDue, account.currency)}</dd>
      </div>
      ${
        account.dueDate
          ? html`<div>
              <dt>${t.home.dueDate}</dt>
              <dd>${kit.date(account.dueDate)}</dd>
            </div>`
          : ''
      }
      ${
        account.daysPastDue > 0
          ? html`<div>
              <dt class="overdue" aria-hidden="true"></dt>
              <dd class="overdue">${t.home.daysPastDue(account.daysPastDue)}</dd>
            </div>`
          : ''
      }
    </dl>
    ${
      agreements.length > 0
        ? html`<h2>${t.home.agreedHeading}</h2>
            <ul class="agreed">
              ${agreements}
            </ul>`
        : ''
    }
    <h2>${t.home.actionsHeading}</h2>
    <ul class="actions">
      ${actions}
    </ul>
    <p class="hint">${session.mayCall ? t.home.reassuranceMayCall : t.home.reassurance}</p>`;
  return layout(kit, { title: t.home.title, body, home: false });
}
