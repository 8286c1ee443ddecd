// What every portal page is made with: the request's language and formats, the page shell and
// the small pieces (notices, field errors, hidden form fields) pages share.
import { formatDate, formatMoney } from '@tandem/dsl';
import { html } from 'hono/html';
import {
  copies,
  intlLocale,
  localeNames,
  portalLocales,
  type PortalCopy,
  type PortalLocale,
} from './copy/index';
import { lenderBrand, lenderFooter } from './lender-footer';
import type { PortalLender } from './portal-lender';

export type Html = ReturnType<typeof html>;

/** One request's language and the things that depend on it. */
export interface PageKit {
  locale: PortalLocale;
  /** The BCP 47 tag money and dates are formatted with ("en-GB", "zh-CN"). */
  intl: string;
  t: PortalCopy;
  money: (amount: number, currency: string) => string;
  /** A calendar date (YYYY-MM-DD), long style. */
  date: (isoDate: string) => string;
  /** The portal's path for this link (`/p/<token>`), and a sub-page with the language kept. */
  href: (path?: string) => string;
  /** Who is writing: shown in every page's title, header and footer (null before it is set). */
  lender: PortalLender | null;
}

/**
 * @param formatLocale the borrower's own tag ("en-GB") when it is in the page's language, so a
 * British borrower sees 1 March and £, not March 1.
 */
export function pageKit(
  locale: PortalLocale,
  base: string,
  formatLocale?: string,
  lender: PortalLender | null = null,
): PageKit {
  const intl =
    formatLocale && formatLocale.toLowerCase().split('-')[0] === locale
      ? formatLocale
      : intlLocale[locale];
  return {
    locale,
    intl,
    t: copies[locale],
    money: (amount, currency) => formatMoney(amount, intl, currency),
    date: (isoDate) => formatDate(isoDate, intl, 'UTC', 'long'),
    href: (path = '') => `${base}${path}?lang=${locale}`,
    lender,
  };
}

/** The shell: language switch, one h1, the page, and a reminder that the link is private. */
export function layout(
  kit: PageKit,
  input: { title: string; body: Html; path?: string; home?: boolean },
): Html {
  const { t } = kit;
  const here = input.path ?? '';
  const languages = portalLocales.map(
    (l) =>
      html`<li>
        <a
          href="${kit.href(here).replace(/lang=\w+$/, `lang=${l}`)}"
          lang="${l}"
          hreflang="${l}"
          ${l === kit.locale ? html` aria-current="true"` : ''}
          >${localeNames[l]}</a
        >
      </li>`,
  );
  return html`<!doctype html>
    <html lang="${t.lang}">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex, nofollow" />
        <title>${input.title} · ${kit.lender?.name ?? t.siteName}</title>
        <link rel="stylesheet" href="/portal.css" />
        ${
          kit.lender?.brandCssHref
            ? html`<link rel="stylesheet" href="${kit.lender.brandCssHref}" />`
            : ''
        }
      </head>
      <body>
        <a class="skip" href="#main">${t.skipToContent}</a>
        <header>
          ${lenderBrand(kit.lender)}
          <nav aria-label="${t.languageLabel}">
            <ul class="languages">
              ${languages}
            </ul>
          </nav>
        </header>
        <main id="main" tabindex="-1">
          <h1>${input.title}</h1>
          ${input.body}
          ${input.home === false ? '' : html`<p class="back"><a href="${kit.href()}">${t.backHome}</a></p>`}
        </main>
        <footer>
          ${lenderFooter(kit)}
          <p>${t.privateNotice}</p>
        </footer>
      </body>
    </html>`;
}

/** A page that reveals nothing: bad link, rate limit, stale form. */
export function messagePage(kit: PageKit, title: string, body: string): Html {
  return layout(kit, { title, body: html`<p>${body}</p>`, home: false });
}

/** A result the borrower should notice: announced to screen readers as it appears. */
export function notice(kind: 'success' | 'error', text: string): Html {
  return html`<div class="notice ${kind}" role="${kind === 'error' ? 'alert' : 'status'}">
    <p>${text}</p>
  </div>`;
}

/** The hidden fields every form carries: its anti-forgery token and the page language. */
export function formFields(kit: PageKit, csrfToken: string): Html {
  return html`<input type="hidden" name="csrf" value="${csrfToken}" /><input
      type="hidden"
      name="lang"
      value="${kit.locale}"
    />`;
}
