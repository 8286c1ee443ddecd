// Contact preferences: which channels (unticking one is an opt-out), the hours that suit the
// borrower, and the language of messages.
import type { Channel } from '@tandem/dsl';
import { html } from 'hono/html';
import { localeNames, portalLocales } from '../copy/index';
import { formFields, layout, type Html, type PageKit } from '../page-kit';
import type { PreferencesProblem } from '../portal-forms';
import type { PortalSession } from '../portal-session';

/** The preferences form as the borrower sent it. */
export interface PreferencesDraft {
  allowed: string[];
  from?: string;
  to?: string;
  locale?: string;
}

/** Hours offered for "best time to reach you" (rule packs narrow them further). */
export const preferenceHours = Array.from(
  { length: 16 },
  (_, i) => `${String(i + 7).padStart(2, '0')}:00`,
);

export function preferencesPage(
  kit: PageKit,
  session: PortalSession,
  input: {
    csrf: string;
    result?: Html;
    /** A refused form: what the borrower chose (shown again as chosen) and what was wrong. */
    refused?: { draft: PreferencesDraft; problems: PreferencesProblem[] };
  },
): Html {
  const { t } = kit;
  const { borrower } = session;
  const channels = (Object.keys(borrower.channels) as Channel[]).filter(
    (c) => borrower.channels[c]?.address,
  );
  const draft = input.refused?.draft;
  const off = draft
    ? new Set(channels.filter((c) => !draft.allowed.includes(c)))
    : new Set(borrower.preferences.optedOut);
  const window = draft
    ? { start: draft.from || undefined, end: draft.to || undefined }
    : borrower.preferences.preferredWindow;
  const chosenLocale = draft?.locale ?? borrower.locale.split('-')[0];
  const problems = input.refused?.problems ?? [];
  const problemOf = (field: PreferencesProblem['field']) => problems.find((p) => p.field === field);
  const toProblem = problemOf('to');
  const summary =
    problems.length === 0
      ? ''
      : html`<div class="notice error" role="alert" tabindex="-1" autofocus>
          <p><strong>${t.preferences.notSaved}</strong></p>
          <ul>
            ${problems.map(
              (p) => html`<li><a href="#${p.field}">${t.preferences[p.reason]}</a></li>`,
            )}
          </ul>
        </div>`;
  const hourOptions = (selected: string | undefined) => [
    html`<option value="" ${selected ? '' : html` selected`}>${t.preferences.anyTime}</option>`,
    ...preferenceHours.map(
      (h) => html`<option value="${h}" ${h === selected ? html` selected` : ''}>${h}</option>`,
    ),
  ];
  const body = html`${summary}${input.result ?? ''}
    <form method="post" action="${kit.href('/preferences')}">
      ${formFields(kit, input.csrf)}
      <fieldset>
        <legend>${t.preferences.channelsLegend}</legend>
        <span class="hint">${t.preferences.channelsHint}</span>
        ${channels.map((c) => html`<label class="choice"><input type="checkbox" name="channel" value="${c}" ${off.has(c) ? '' : html` checked`} /> <span>${t.preferences.channels[c]}</span></label>`)}
      </fieldset>
      <fieldset>
        <legend>${t.preferences.hoursLegend}</legend>
        <div class="hours">
          <div>
            <label for="from">${t.preferences.from}</label
            ><select id="from" name="from">
              ${hourOptions(window?.start)}
            </select>
          </div>
          <div>
            <label for="to">${t.preferences.to}</label>
            ${
              toProblem
                ? html`<span class="field-error" id="to-error"
                    >${t.preferences[toProblem.reason]}</span
                  >`
                : ''
            }<select
              id="to"
              name="to"
              ${toProblem ? html` aria-invalid="true" aria-describedby="to-error"` : ''}
            >
              ${hourOptions(window?.end)}
            </select>
          </div>
        </div>
      </fieldset>
      <div class="field">
        <label for="locale">${t.preferences.languageLabel}</label>
        <select id="locale" name="locale">
          ${portalLocales.map((l) => html`<option value="${l}" lang="${l}" ${chosenLocale === l ? html` selected` : ''}>${localeNames[l]}</option>`)}
        </select>
      </div>
      <button type="submit">${t.preferences.submit}</button>
    </form>`;
  return layout(kit, { title: t.preferences.title, body, path: '/preferences' });
}
