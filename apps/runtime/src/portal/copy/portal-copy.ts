// Every word the portal shows, as one typed shape per language: a missing translation is a type
// error, not a blank on a borrower's screen.
import type { Channel } from '@tandem/dsl';

export const portalLocales = ['en', 'es', 'vi', 'zh'] as const;
export type PortalLocale = (typeof portalLocales)[number];

/** Each language's name in itself, for the language switch. */
export const localeNames: Record<PortalLocale, string> = {
  en: 'English',
  es: 'Español',
  vi: 'Tiếng Việt',
  zh: '中文',
};

export type HardshipCategory =
  | 'incomeLoss'
  | 'illness'
  | 'bereavement'
  | 'mentalHealth'
  | 'emergency'
  | 'dispute'
  | 'pause'
  | 'other';
export const hardshipCategories: readonly HardshipCategory[] = [
  'incomeLoss',
  'illness',
  'bereavement',
  'mentalHealth',
  'emergency',
  'pause',
  'dispute',
  'other',
];

export type RejectionReason =
  | 'pastDate'
  | 'tooFar'
  | 'amountTooLow'
  | 'journeyEnded'
  | 'unknownOption'
  | 'belowMinimum'
  | 'notOpen';

export interface PortalCopy {
  lang: string;
  siteName: string;
  /** The footer that says who is writing and how to reach them (lender settings). */
  lender: {
    contactHeading: string;
    phone: string;
    email: string;
    hours: string;
    licence: (number: string) => string;
    privacy: string;
  };
  skipToContent: string;
  languageLabel: string;
  backHome: string;
  privateNotice: string;
  home: {
    title: string;
    greeting: (name: string) => string;
    balanceHeading: string;
    amountDue: string;
    dueDate: string;
    daysPastDue: (days: number) => string;
    actionsHeading: string;
    pay: string;
    /** What the borrower has agreed to: shown so a commitment never vanishes. */
    agreedHeading: string;
    promised: (date: string, amount: string) => string;
    paymentPending: (amount: string) => string;
    changePromise: string;
    cancelPromise: string;
    planAgreed: (count: number) => string;
    nextInstalment: (amount: string, date: string) => string;
    hardshipPending: (date: string) => string;
    hardshipReviewed: (date: string) => string;
    promise: string;
    plan: string;
    lesson: (title: string) => string;
    hardship: string;
    preferences: string;
    reassurance: string;
    /** When the journey can lead to a call: never "nobody will call". */
    reassuranceMayCall: string;
  };
  promise: {
    title: string;
    intro: (from: string, to: string) => string;
    dateLabel: string;
    dateHint: string;
    day: string;
    month: string;
    year: string;
    /** The month list's empty first entry: no month is chosen for the borrower. */
    chooseMonth: string;
    amountLabel: string;
    amountHint: (amount: string) => string;
    submit: string;
    /** The amount is always said: a partial promise is confirmed with what was promised. */
    confirmed: (date: string, amount: string) => string;
    /** Replacing a promise is an explicit choice: the page names the one in force. */
    current: (date: string, amount: string) => string;
    replaceLabel: string;
    replaceRequired: string;
    cancelTitle: string;
    cancelIntro: (date: string, amount: string) => string;
    cancelSubmit: string;
    cancelled: string;
  };
  plan: {
    title: string;
    intro: (amount: string) => string;
    legend: string;
    option: (count: number, frequency: 'weekly' | 'biweekly' | 'monthly', amount: string) => string;
    discount: (percent: number) => string;
    total: (amount: string) => string;
    schedule: string;
    number: string;
    date: string;
    amount: string;
    submit: string;
    accepted: (count: number, first: string, date: string) => string;
  };
  pay: {
    title: string;
    intro: (amountDue: string) => string;
    legend: string;
    full: (amount: string) => string;
    promised: (amount: string, date: string) => string;
    other: string;
    otherLabel: string;
    otherHint: (min: string, max: string) => string;
    submit: string;
    /** The hand-over names the lender's payment page: the borrower knows where they are going. */
    handoff: string;
    chooseOne: string;
    outOfRange: (min: string, max: string) => string;
    unavailable: string;
    pendingTitle: string;
    pending: (amount: string) => string;
    received: (amount: string) => string;
  };
  lesson: {
    title: string;
    minutes: (n: number) => string;
    submit: string;
    done: string;
  };
  hardship: {
    title: string;
    intro: string;
    legend: string;
    categories: Record<HardshipCategory, string>;
    noteLabel: string;
    noteHint: string;
    submit: string;
    done: string;
    doneDispute: string;
  };
  preferences: {
    title: string;
    channelsLegend: string;
    channelsHint: string;
    channels: Record<Channel, string>;
    hoursLegend: string;
    from: string;
    to: string;
    anyTime: string;
    languageLabel: string;
    submit: string;
    saved: string;
    allOff: string;
    /** The error summary's heading, and each reason a field can be refused for. */
    notSaved: string;
    hoursBoth: string;
    hoursOrder: string;
    languageMissing: string;
  };
  /** "None of these plans work": a pause or a person instead of a plan. */
  planNone: {
    /** The link under the plans. */
    link: string;
    title: string;
    intro: string;
    legend: string;
    pause: string;
    pauseHint: string;
    person: string;
    personHint: string;
    submit: string;
    chooseOne: string;
    pauseDone: string;
    personDone: string;
  };
  /** The identity check before the balance and personal data (lender setting identityCheck). */
  identity: {
    title: string;
    intro: string;
    submit: string;
    dateOfBirth: string;
    dateOfBirthHint: string;
    postcode: string;
    postcodeHint: string;
    accountLast4: string;
    accountLast4Hint: string;
    /** A wrong answer, with the tries left before the link locks. */
    wrong: (triesLeft: number) => string;
    lockedTitle: string;
    /** `time` is when to try again, in the borrower's time zone and the page's language. */
    lockedBody: (time: string) => string;
    /** The lender has no record of the fact: the borrower cannot pass, so they are told whom to ask. */
    unavailable: string;
  };
  rejected: Record<RejectionReason, string> & { tooFarDays: (days: number) => string };
  errors: {
    linkTitle: string;
    linkBody: string;
    rateTitle: string;
    rateBody: string;
    formTitle: string;
    formBody: string;
    /** A form over the size limit (16 KiB): nothing was read. */
    tooLargeTitle: string;
    tooLargeBody: string;
    invalidInput: string;
    serverTitle: string;
    serverBody: string;
  };
}
