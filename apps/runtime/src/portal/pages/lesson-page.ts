// A lesson: text in the borrower's language, the lender's video if the lesson has one (the
// browser's own player, no third-party embed), and a button that records it as watched.
import { html } from 'hono/html';
import { lessonText, type Lesson } from '../../lessons/lesson-schema';
import { formFields, layout, type Html, type PageKit } from '../page-kit';

/** Reading speed for the "about N minutes" line (words, or CJK characters / 2). */
const WORDS_PER_MINUTE = 150;

function minutesToRead(paragraphs: string[]): number {
  const text = paragraphs.join(' ');
  const cjk = (text.match(/[\u3400-\u9fff]/g) ?? []).length;
  const words = text.split(/\s+/).filter(Boolean).length;
  return Math.max(1, Math.round((words + cjk / 2) / WORDS_PER_MINUTE));
}

export function lessonPage(
  kit: PageKit,
  lesson: Lesson,
  input: { csrf: string; result?: Html; done: boolean },
): Html {
  const { t } = kit;
  const { locale, text } = lessonText(lesson, kit.locale);
  const body = html`${input.result ?? ''}
    <article class="lesson" lang="${locale}">
      <p><strong>${text.summary}</strong></p>
      <p class="hint">${t.lesson.minutes(minutesToRead(text.body))}</p>
      ${text.videoUrl ? html`<video controls preload="none" src="${text.videoUrl}"></video>` : ''}
      ${text.body.map((p) => html`<p>${p}</p>`)}
    </article>
    ${input.done ? '' : html`<form method="post" action="${kit.href('/lesson')}">${formFields(kit, input.csrf)}<button type="submit">${t.lesson.submit}</button></form>`}`;
  return layout(kit, { title: text.title, body, path: '/lesson' });
}
