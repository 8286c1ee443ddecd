// What a message template can say about the lender (`{{ lender.name }}`…). The runtime fills it
// from the lender settings when it renders a message; the simulator and the editor's preview use
// `sampleLenderFacts`. The debt-collector statement some rule packs require (Reg F 1006.18(e)) is
// written here in each language, with the lender's legal name, so authors only place it.
import { noticeLocale, type NoticeLocale } from '../policy/opt-out-notice';

/** The lender as templates see it; every field is text (empty when the lender left it out). */
export interface LenderFacts {
  /** The trading name, or the legal name when there is none: what borrowers know it by. */
  name: string;
  legalName: string;
  supportPhone: string;
  supportEmail: string;
  supportHours: string;
  licenceNumber: string;
  privacyUrl: string;
  /** "<legal name> is a debt collector…" in the message's language. */
  collectorDisclosure: string;
}

/** What `lenderFacts` needs from the lender's settings. */
export interface LenderIdentity {
  legalName: string;
  tradingName?: string;
  supportPhone?: string;
  supportEmail?: string;
  supportHours?: string;
  licenceNumber?: string;
  privacyUrl?: string;
}

const disclosure: Record<NoticeLocale, (legalName: string) => string> = {
  en: (name) =>
    `${name} is a debt collector. We are trying to collect a debt and will use any information you give us to help collect it.`,
  es: (name) =>
    `${name} es un cobrador de deudas. Intentamos cobrar una deuda y usaremos la información que nos dé para ese fin.`,
  vi: (name) =>
    `${name} là đơn vị thu hồi nợ. Chúng tôi đang thu một khoản nợ và sẽ dùng mọi thông tin bạn cung cấp cho việc này.`,
  zh: (name) => `${name}是债务催收方。我们正在催收一笔债务，您提供的任何信息都将用于此目的。`,
};

/**
 * The debt-collector statement in `locale` ("es-MX" → Spanish; a language without one → English).
 * @example collectorDisclosure('en', 'Acme Lending LLC') // 'Acme Lending LLC is a debt collector. …'
 */
export function collectorDisclosure(locale: string, legalName: string): string {
  return disclosure[noticeLocale(locale)](legalName);
}

/**
 * The `lender` facts for a message in `locale`.
 * @example lenderFacts({ legalName: 'Acme Lending LLC', tradingName: 'Acme' }, 'vi').name // 'Acme'
 */
export function lenderFacts(lender: LenderIdentity, locale: string): LenderFacts {
  return {
    name: lender.tradingName?.trim() || lender.legalName,
    legalName: lender.legalName,
    supportPhone: lender.supportPhone ?? '',
    supportEmail: lender.supportEmail ?? '',
    supportHours: lender.supportHours ?? '',
    licenceNumber: lender.licenceNumber ?? '',
    privacyUrl: lender.privacyUrl ?? '',
    collectorDisclosure: collectorDisclosure(locale, lender.legalName),
  };
}

/** A made-up lender for previews and simulations, so `{{ lender.* }}` renders something. */
export const sampleLender: LenderIdentity = {
  legalName: 'Example Lending LLC',
  tradingName: 'Example Lending',
  supportPhone: '+1 555 0100',
  supportEmail: 'help@lender.example',
  supportHours: 'Mon–Fri 9:00–17:00',
  licenceNumber: 'NMLS 000000',
  privacyUrl: 'https://lender.example/privacy',
};
