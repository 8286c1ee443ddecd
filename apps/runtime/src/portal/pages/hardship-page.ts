// Pause or hardship: a reason from a short list, optional words of the borrower's own, and a
// promise of what happens next. Routes to a person (portal-actions.ts reportHardship).
import { html } from 'hono/html';
import { hardshipCategories } from '../copy/index';
import { formFields, layout, type Html, type PageKit } from '../page-kit';

export function hardshipPage(
  kit: PageKit,
  input: { csrf: string; result?: Html; invalid?: boolean },
): Html {
  const { t } = kit;
  const choices = hardshipCategories.map(
    (category, i) =>
      html`<label class="choice"
        ><input
          type="radio"
          name="category"
          value="${category}"
          ${i === 0 ? html` required` : ''}
        />
        <span>${t.hardship.categories[category]}</span></label
      >`,
  );
  const body = html`${input.result ?? ''}
<p>${t.hardship.intro}</p>
<form method="post" action="${kit.href('/hardship')}">
${formFields(kit, input.csrf)}
<fieldset${input.invalid ? html` aria-invalid="true"` : ''}><legend>${t.hardship.legend}</legend>${choices}</fieldset>
<div class="field">
<label for="note">${t.hardship.noteLabel}</label>
<span class="hint" id="note-hint">${t.hardship.noteHint}</span>
<textarea id="note" name="note" maxlength="2000" aria-describedby="note-hint"></textarea>
</div>
<button type="submit">${t.hardship.submit}</button>
</form>`;
  return layout(kit, { title: t.hardship.title, body, path: '/hardship' });
}
