import { addDays, enrollmentFactsSchema, localDate, type EnrollmentFacts } from '@tandem/dsl';
import { fromZodIssues, type InputIssue } from './input-issue';

export const SIM_BORROWER_ID = 'sim-borrower';
/** The default borrower is this many days late on the day the simulation starts. */
export const DEFAULT_DAYS_PAST_DUE = 3;

interface Profile {
  firstName: string;
  timezone: string;
  country: string;
  currency: string;
  amountDue: number;
}

const english: Profile = {
  firstName: 'Alex',
  timezone: 'America/New_York',
  country: 'US',
  currency: 'USD',
  amountDue: 250,
};

/** One plausible borrower per language, living where the matching rule pack applies. */
const profiles: Record<string, Profile> = {
  en: english,
  'en-GB': {
    firstName: 'Sam',
    timezone: 'Europe/London',
    country: 'GB',
    currency: 'GBP',
    amountDue: 200,
  },
  es: {
    firstName: 'Sofía',
    timezone: 'America/Mexico_City',
    country: 'MX',
    currency: 'MXN',
    amountDue: 4500,
  },
  vi: {
    firstName: 'Lan',
    timezone: 'Asia/Ho_Chi_Minh',
    country: 'VN',
    currency: 'VND',
    amountDue: 2_500_000,
  },
  zh: {
    firstName: 'Wei',
    timezone: 'Asia/Shanghai',
    country: 'CN',
    currency: 'CNY',
    amountDue: 1800,
  },
};

/**
 * The default borrowers in words, for --help (generated, so the help cannot drift).
 * @example describeDefaultBorrowers()[0] // 'en: Alex in America/New_York (US), owes 250 USD'
 */
export function describeDefaultBorrowers(): string[] {
  return Object.entries(profiles).map(
    ([locale, p]) =>
      `${locale}: ${p.firstName} in ${p.timezone} (${p.country}), owes ${p.amountDue} ${p.currency}`,
  );
}

/**
 * The borrower a simulation uses without --borrower: speaks `locale` (the journey's default),
 * lives where that language is common, and is DEFAULT_DAYS_PAST_DUE days late at `start`.
 * @example defaultFacts('vi', '2026-03-02T09:00:00Z').borrower.timezone // 'Asia/Ho_Chi_Minh'
 */
export function defaultFacts(locale: string, start: string): EnrollmentFacts {
  const language = locale.split('-')[0] ?? locale;
  const profile = profiles[locale] ?? profiles[language] ?? english;
  const today = localDate(start, profile.timezone);
  return enrollmentFactsSchema.parse({
    borrower: {
      id: SIM_BORROWER_ID,
      firstName: profile.firstName,
      locale,
      timezone: profile.timezone,
      country: profile.country,
    },
    account: {
      amountDue: profile.amountDue,
      currency: profile.currency,
      dueDate: addDays(today, -DEFAULT_DAYS_PAST_DUE),
      daysPastDue: DEFAULT_DAYS_PAST_DUE,
    },
  });
}

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Checks a --borrower file (`{ borrower: {...}, account: {...} }`) against the enrollment facts
 * schema; `borrower.id` defaults to "sim-borrower". Every bad field comes back with its path.
 * @example parseBorrowerFile({ borrower: { firstName: 'Lan', locale: 'vi', timezone: 'Asia/Ho_Chi_Minh', country: 'VN' }, account: { amountDue: 100, currency: 'VND' } })
 */
export function parseBorrowerFile(
  value: unknown,
): { ok: true; facts: EnrollmentFacts } | { ok: false; issues: InputIssue[] } {
  const input =
    isRecord(value) && isRecord(value.borrower) && value.borrower.id === undefined
      ? { ...value, borrower: { id: SIM_BORROWER_ID, ...value.borrower } }
      : value;
  const parsed = enrollmentFactsSchema.safeParse(input);
  const issues = parsed.success ? [] : fromZodIssues(parsed.error.issues);
  // The schema only asks for a non-empty string; a typo'd zone would fail deep in the engine.
  const zone = isRecord(value) && isRecord(value.borrower) ? value.borrower.timezone : undefined;
  if (typeof zone === 'string' && zone !== '' && !isTimeZone(zone)) {
    issues.push({
      path: ['borrower', 'timezone'],
      message: `unknown time zone "${zone}"; use an IANA name such as "Europe/London"`,
    });
  }
  if (!parsed.success || issues.length > 0) return { ok: false, issues };
  return { ok: true, facts: parsed.data };
}
