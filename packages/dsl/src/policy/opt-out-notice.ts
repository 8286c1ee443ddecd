// The opt-out instruction every electronic message carries, in the borrower's language. The
// runtime appends it when it renders a message and the editor's preview shows it, so nobody has
// to remember to write it into each template. Rule packs that require it (Reg F 1006.6(e)) are
// named in the result; Tandem adds it to sms, whatsapp and email even where no rule asks.
import type { Channel } from '../journey/primitives';
import type { RulePack } from './rule-packs';

/** Languages the notice is written in; others get English. */
export const noticeLocales = ['en', 'es', 'vi', 'zh'] as const;
export type NoticeLocale = (typeof noticeLocales)[number];

/** Channels that always carry the notice (push only where a pack asks for it; voice never). */
const alwaysOn: readonly Channel[] = ['sms', 'whatsapp', 'email'];

const replyStop: Record<NoticeLocale, string> = {
  en: 'Reply STOP to opt out.',
  es: 'Responda BAJA para no recibir más mensajes.',
  vi: 'Trả lời HUY để ngừng nhận tin nhắn.',
  zh: '回复TD退订。',
};

const emailStop: Record<NoticeLocale, (link: string) => string> = {
  en: (link) => `To stop emails from us, reply STOP or change how we contact you: ${link}`,
  es: (link) =>
    `Para dejar de recibir correos, responda BAJA o cambie cómo le contactamos: ${link}`,
  vi: (link) =>
    `Để ngừng nhận email, hãy trả lời HUY hoặc thay đổi cách chúng tôi liên hệ: ${link}`,
  zh: (link) => `如不想再收到邮件，请回复TD退订，或更改联系方式：${link}`,
};

const pushStop: Record<NoticeLocale, (link: string) => string> = {
  en: (link) => `Change how we contact you: ${link}`,
  es: (link) => `Cambie cómo le contactamos: ${link}`,
  vi: (link) => `Thay đổi cách chúng tôi liên hệ: ${link}`,
  zh: (link) => `更改联系方式：${link}`,
};

/** "es-MX" → "es"; a language without a notice of its own → "en". */
export function noticeLocale(locale: string): NoticeLocale {
  const language = locale.toLowerCase().split('-')[0];
  return noticeLocales.find((known) => known === language) ?? 'en';
}

export interface OptOutNotice {
  text: string;
  /** Packs that require it (empty when Tandem adds it of its own accord). */
  requiredBy: string[];
}

/**
 * The notice for a message on `channel` to a borrower under `packs`, or null (voice).
 * `preferencesUrl` is the borrower's contact-preferences page (email and push link to it).
 * @example optOutNotice({ channel: 'sms', locale: 'es-MX', packs: [], preferencesUrl: 'https://x/p/t/preferences' })?.text // 'Responda BAJA para no recibir más mensajes.'
 */
export function optOutNotice(input: {
  channel: Channel;
  locale: string;
  packs: readonly RulePack[];
  preferencesUrl: string;
}): OptOutNotice | null {
  const requiredBy = input.packs
    .filter((pack) =>
      (pack.requiredNotices ?? []).some(
        (notice) =>
          notice.kind === 'optOut' &&
          (notice.channels === 'any' || notice.channels.includes(input.channel)),
      ),
    )
    .map((pack) => pack.id);
  if (requiredBy.length === 0 && !alwaysOn.includes(input.channel)) return null;
  if (input.channel === 'voice') return null;
  const locale = noticeLocale(input.locale);
  const text =
    input.channel === 'email'
      ? emailStop[locale](input.preferencesUrl)
      : input.channel === 'push'
        ? pushStop[locale](input.preferencesUrl)
        : replyStop[locale];
  return { text, requiredBy };
}

/**
 * The message body with the notice appended on a line of its own, unless the author already
 * wrote it in.
 * @example withOptOutNotice('Hi Lan', { text: 'Reply STOP to opt out.', requiredBy: [] }) // 'Hi Lan\n\nReply STOP to opt out.'
 */
export function withOptOutNotice(body: string, notice: OptOutNotice | null): string {
  if (!notice || body.includes(notice.text)) return body;
  return `${body.trimEnd()}\n\n${notice.text}`;
}
