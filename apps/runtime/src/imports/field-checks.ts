// Checks for the fields a lender sends about a borrower, written against the platform's own
// data (Intl) rather than hand-kept lists, so a new time zone or currency needs no code change.

/** E.164: "+", a country code that does not start with 0, at most 15 digits in all. */
export const E164_PATTERN = /^\+[1-9]\d{6,14}$/;

// Each segment starts with a capital or a digit ("America/Argentina/Buenos_Aires", "Etc/GMT+5"):
// Intl accepts "asia/ho_chi_minh" too, but the stored name must be the one the tz database uses.
const ZONE_SHAPE = /^[A-Z][A-Za-z0-9_+-]*(\/[A-Z0-9][A-Za-z0-9_+-]*)*$/;

const zoneVerdicts = new Map<string, boolean>();

/**
 * Whether `zone` names a real IANA time zone, spelled as the tz database spells it. Links such as
 * "Asia/Saigon" are accepted, and so is "Asia/Ho_Chi_Minh", which Node 20's own list omits
 * (`Intl.supportedValuesOf` returns the older link names), so the list alone would be wrong.
 * @example isIanaTimeZone('Asia/Ho_Chi_Minh') // true
 * @example isIanaTimeZone('Mars/Olympus_Mons') // false
 */
export function isIanaTimeZone(zone: string): boolean {
  const known = zoneVerdicts.get(zone);
  if (known !== undefined) return known;
  let valid = ZONE_SHAPE.test(zone);
  try {
    if (valid) new Intl.DateTimeFormat('en', { timeZone: zone });
  } catch {
    valid = false;
  }
  // Building a DateTimeFormat costs ~0.3 ms: too much 100,000 times. The cap keeps a file of
  // invented zone names from growing the cache without end.
  if (zoneVerdicts.size < 2000) zoneVerdicts.set(zone, valid);
  return valid;
}

// Codes Intl names but ISO 3166-1 does not assign to a country; "UK" is the one people type.
const notCountries = new Set(['UK', 'EU', 'EZ', 'UN', 'ZZ', 'QO']);
let regionNames: Intl.DisplayNames | undefined;
const countryVerdicts = new Map<string, boolean>();

/**
 * Whether `code` is an uppercase ISO 3166-1 alpha-2 country code.
 * @example isCountryCode('VN') // true
 * @example isCountryCode('UK') // false: the United Kingdom is "GB"
 */
export function isCountryCode(code: string): boolean {
  if (!/^[A-Z]{2}$/.test(code) || notCountries.has(code)) return false;
  let known = countryVerdicts.get(code);
  if (known === undefined) {
    regionNames ??= new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
    known = regionNames.of(code) !== undefined;
    countryVerdicts.set(code, known); // at most 26 × 26 entries
  }
  return known;
}

let currencies: Set<string> | undefined;

/**
 * Whether `code` is an uppercase ISO 4217 currency code that Intl can format.
 * @example isCurrencyCode('VND') // true
 * @example isCurrencyCode('usd') // false
 */
export function isCurrencyCode(code: string): boolean {
  currencies ??= new Set(Intl.supportedValuesOf('currency'));
  return currencies.has(code);
}

/**
 * Whether `value` is a real calendar date "YYYY-MM-DD" (no 30 February).
 * @example isCalendarDate('2024-02-29') // true
 * @example isCalendarDate('2026-02-30') // false
 */
export function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}
