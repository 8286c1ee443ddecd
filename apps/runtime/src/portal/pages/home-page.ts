// The page every message links to: what is due, and what the borrower can do about it now.
import { html } from 'hono/html';
import type { Lesson } from '../../lessons/lesson-schema';
import { lessonText } from '../../lessons/lesson-schema';
import { layout, type Html, type PageKit } from '../page-kit';
import type { CurrentPromise, PortalPayment } from '../portal-payments';
import type { PortalSession } from '../portal-session';

/** What the borrower has agreed to and paid: home shows it, so a commitment never vanishes. */
export interface Agreed {
  promise: CurrentPromise | null;
  payment: PortalPayment | null;
  /** Paying here is configured. */
  canPay: boolean;
}

export function homePage(
  kit: PageKit,
  session: PortalSession,
  lesson: Lesson | null,
  agreed: Agreed = { promise: null, payment: null, canPay: false },
): Html {
  const { t } = kit;
  const { account, borrower, step } = session;
  const money = (amount: number) => kit.money(amount, account.currency);
  const actions: Html[] = [];
  if (agreed.canPay && account.amountDue > 0)
    actions.push(html`<li><a href="${kit.href('/pay')}">${t.home.pay}</a></li>`);
  const agreements: Html[] = [];
  if (agreed.promise)
    agreements.push(
      html`<li>
        ${t.home.promised(kit.date(agreed.promise.date), money(agreed.promise.amount))}
      </li>`,
    );
  if (agreed.payment && !agreed.payment.received)
    agreements.push(html`<li>${t.home.paymentPending(money(agreed.payment.amount))}</li>`);
  if (step.kind === 'promise')
    actions.push(html`<li><a href="${kit.href('/promise')}">${t.home.promise}</a></li>`);
  if (step.kind === 'plan')
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
