// The lender's name and logo at the top of every portal page, and at the bottom who they are and
// how to reach them: a page that asks for money must say who is asking.
import { html } from 'hono/html';
import type { Html, PageKit } from './page-kit';
import type { PortalLender } from './portal-lender';
import { supportHoursText } from './support-hours';

/** The header bar: logo (decorative: the name is beside it) and the name borrowers know. */
export function lenderBrand(lender: PortalLender | null): Html | string {
  if (!lender) return '';
  return html`<p class="brand">
    ${lender.logoHref ? html`<img src="${lender.logoHref}" alt="" height="32" />` : ''}
    <span>${lender.name}</span>
  </p>`;
}

/** "+1 (555) 0100" → "tel:+15550100". */
const telHref = (phone: string) => `tel:${phone.replace(/[^+0-9]/g, '')}`;

/** Contact, legal name, licence and privacy notice, each only when the lender set it. */
export function lenderFooter(kit: PageKit): Html | string {
  const lender = kit.lender;
  if (!lender) return '';
  const t = kit.t.lender;
  const s = lender.settings;
  // The hours as data, in the page's language; else the lender's one text (older settings).
  const hours = s.supportSchedule
    ? supportHoursText(s.supportSchedule, kit.intl, new Date())
    : s.supportHours;
  const contact = [
    s.supportPhone
      ? html`<dt>${t.phone}</dt>
          <dd><a href="${telHref(s.supportPhone)}">${s.supportPhone}</a></dd>`
      : '',
    s.supportEmail
      ? html`<dt>${t.email}</dt>
          <dd><a href="mailto:${s.supportEmail}">${s.supportEmail}</a></dd>`
      : '',
    hours
      ? html`<dt>${t.hours}</dt>
          <dd>${hours}</dd>`
      : '',
  ];
  const hasContact = Boolean(s.supportPhone ?? s.supportEmail ?? hours);
  return html`<div class="lender">
    ${
      hasContact
        ? html`<h2>${t.contactHeading}</h2>
            <dl class="contact">${contact}</dl>`
        : ''
    }
    <p>${s.legalName}${s.licenceNumber ? html`<br />${t.licence(s.licenceNumber)}` : ''}</p>
    ${s.privacyUrl ? html`<p><a href="${s.privacyUrl}">${t.privacy}</a></p>` : ''}
  </div>`;
}
