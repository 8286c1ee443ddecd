// The identity check: one question the lender chose, before the balance or personal data. A
// date of birth is typed in the page language's order (the promise page's day/month/year fields);
// a postcode or account digits in one text field. The answer is never shown back.
import { html } from 'hono/html';
import type { IdentityFact } from '../../lender/lender-settings-schema';
import { formFields, layout, messagePage, notice, type Html, type PageKit } from '../page-kit';
import { dateFields } from './promise-page';

export function identityPage(
  kit: PageKit,
  input: { fact: IdentityFact; csrf: string; next: string; result?: Html; invalid?: boolean },
): Html {
  const t = kit.t.identity;
  const marked = input.invalid ? html` aria-invalid="true"` : '';
  const describedBy = input.invalid ? 'identity-hint identity-error' : 'identity-hint';
  const field =
    input.fact === 'dateOfBirth'
      ? dateFields(kit, {}, input.invalid === true, {
          legend: t.dateOfBirth,
          hint: t.dateOfBirthHint,
        })
      : html`<label for="identity-answer"
            >${input.fact === 'postcode' ? t.postcode : t.accountLast4}</label
          >
          <span class="hint" id="identity-hint"
            >${input.fact === 'postcode' ? t.postcodeHint : t.accountLast4Hint}</span
          >
          <input
            type="text"
            id="identity-answer"
            name="answer"
            autocomplete="${input.fact === 'postcode' ? 'postal-code' : 'off'}"
            ${input.fact === 'accountLast4' ? html`inputmode="numeric" maxlength="4"` : html`maxlength="12"`}
            aria-describedby="${describedBy}"
            ${marked}
          />`;
  const result = input.result ? html`<div id="identity-error">${input.result}</div>` : '';
  const body = html`${result}
    <p>${t.intro}</p>
    <form method="post" action="${kit.href('/identity')}" novalidate>
      ${formFields(kit, input.csrf)}
      <input type="hidden" name="next" value="${input.next}" />
      ${field}
      <button type="submit">${t.submit}</button>
    </form>`;
  return layout(kit, { title: t.title, body, path: '/identity', home: false });
}

/** The link is locked: when to try again, in the borrower's time zone and the page's language. */
export function identityLockedPage(kit: PageKit, until: Date, timezone: string): Html {
  const time = new Intl.DateTimeFormat(kit.intl, {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: timezone,
  }).format(until);
  return messagePage(kit, kit.t.identity.lockedTitle, kit.t.identity.lockedBody(time));
}

/** The lender chose a fact this borrower's record does not have: nobody can pass online. */
export function identityUnavailablePage(kit: PageKit): Html {
  return layout(kit, {
    title: kit.t.identity.title,
    body: notice('error', kit.t.identity.unavailable),
    home: false,
  });
}
