// ISO 8601 durations read exactly as luxon's Duration.fromISO reads them, without luxon.

export interface DurationUnits {
  years: number;
  months: number;
  weeks: number;
  days: number;
  hours: number;
  minutes: number;
  seconds: number;
  milliseconds: number;
}

const isoDuration =
  /^-?P(?:(?:(-?\d{1,20}(?:\.\d{1,20})?)Y)?(?:(-?\d{1,20}(?:\.\d{1,20})?)M)?(?:(-?\d{1,20}(?:\.\d{1,20})?)W)?(?:(-?\d{1,20}(?:\.\d{1,20})?)D)?(?:T(?:(-?\d{1,20}(?:\.\d{1,20})?)H)?(?:(-?\d{1,20}(?:\.\d{1,20})?)M)?(?:(-?\d{1,20})(?:[.,](-?\d{1,20}))?S)?)?)$/;

const cache = new Map<string, DurationUnits | null>();

/** The units of an ISO duration ("P1M2DT3H", "-PT4H"), or null when luxon would call it invalid. */
export function parseIsoDuration(text: string): DurationUnits | null {
  const known = cache.get(text);
  if (known !== undefined) return known;
  const parsed = parse(text);
  if (cache.size >= 1_000) cache.clear();
  cache.set(text, parsed);
  return parsed;
}

function parse(text: string): DurationUnits | null {
  const match = isoDuration.exec(text);
  if (!match) return null;
  const [whole, y, mo, w, d, h, mi, s, fraction] = match;
  // luxon: a bare "P" parses, but names no unit, and is invalid.
  if ([y, mo, w, d, h, mi, s, fraction].every((part) => part === undefined)) return null;
  const negative = whole.startsWith('-');
  const read = (part: string | undefined, force = false): number => {
    if (part === undefined) return 0;
    const value = parseFloat(part);
    return force || (value && negative) ? -value : value;
  };
  const millis = fraction === undefined ? 0 : Math.floor(parseFloat(`0.${fraction}`) * 1000);
  return {
    years: read(y),
    months: read(mo),
    weeks: read(w),
    days: read(d),
    hours: read(h),
    minutes: read(mi),
    seconds: read(s, s === '-0'),
    milliseconds: s?.startsWith('-') || (millis && negative) ? -millis : millis,
  };
}
