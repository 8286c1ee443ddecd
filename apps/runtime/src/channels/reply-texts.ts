// What Tandem answers to STOP and HELP, in the borrower's language.
import { noticeLocale, type Channel, type NoticeLocale } from '@tandem/dsl';

export interface Sender {
  /** Who the borrower is hearing from, e.g. "Acme Lending". */
  name: string;
  /** A phone number or address for questions. */
  contact?: string;
}

const channelNames: Record<NoticeLocale, Record<Channel, string>> = {
  en: {
    sms: 'text messages',
    whatsapp: 'WhatsApp messages',
    email: 'emails',
    push: 'notifications',
    voice: 'calls',
  },
  es: {
    sms: 'mensajes de texto',
    whatsapp: 'mensajes de WhatsApp',
    email: 'correos',
    push: 'notificaciones',
    voice: 'llamadas',
  },
  vi: {
    sms: 'tin nhắn SMS',
    whatsapp: 'tin nhắn WhatsApp',
    email: 'email',
    push: 'thông báo',
    voice: 'cuộc gọi',
  },
  zh: { sms: '短信', whatsapp: 'WhatsApp 消息', email: '邮件', push: '通知', voice: '电话' },
};

const confirmations: Record<NoticeLocale, (sender: string, what: string) => string> = {
  en: (s, w) => `${s}: you have opted out and will get no more ${w} from us.`,
  es: (s, w) => `${s}: se ha dado de baja y no recibirá más ${w} de nuestra parte.`,
  vi: (s, w) => `${s}: bạn đã hủy đăng ký và sẽ không nhận thêm ${w} từ chúng tôi.`,
  zh: (s, w) => `${s}：您已退订，将不再收到我们的${w}。`,
};

const helps: Record<NoticeLocale, (sender: string, what: string, stop: string) => string> = {
  en: (s, w, stop) =>
    `${s}: we send ${w} about your account and ways to pay. Reply ${stop} to opt out.`,
  es: (s, w, stop) =>
    `${s}: enviamos ${w} sobre su cuenta y formas de pago. Responda ${stop} para darse de baja.`,
  vi: (s, w, stop) =>
    `${s}: chúng tôi gửi ${w} về tài khoản của bạn và cách thanh toán. Trả lời ${stop} để hủy đăng ký.`,
  zh: (s, w, stop) => `${s}：我们发送关于您账户和还款方式的${w}。回复${stop}退订。`,
};

const stopWord: Record<NoticeLocale, string> = { en: 'STOP', es: 'BAJA', vi: 'HUY', zh: 'TD' };
const questions: Record<NoticeLocale, string> = {
  en: 'Questions:',
  es: 'Preguntas:',
  vi: 'Thắc mắc:',
  zh: '咨询：',
};

/** The one confirmation of an opt-out. */
export function optOutConfirmation(sender: Sender, channel: Channel, locale: string): string {
  const l = noticeLocale(locale);
  return confirmations[l](sender.name, channelNames[l][channel]);
}

/** The answer to HELP: sender, purpose and how to opt out. */
export function helpAnswer(sender: Sender, channel: Channel, locale: string): string {
  const l = noticeLocale(locale);
  const base = helps[l](sender.name, channelNames[l][channel], stopWord[l]);
  return sender.contact ? `${base} ${questions[l]} ${sender.contact}` : base;
}
