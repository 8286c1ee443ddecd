// A zone's UTC offset straight from Intl, computed exactly as luxon's `IANAZone.offset` does
// (luxon itself asks Intl): the engine and the workflow bundle get luxon's answers without luxon.

const formats = new Map<string, Intl.DateTimeFormat>();
const MAX_ZONES = 1_000;

function formatFor(zone: string): Intl.DateTimeFormat {
  let format = formats.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      hour12: false,
      timeZone: zone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      era: 'short',
    });
    if (formats.size >= MAX_ZONES) formats.clear();
    formats.set(zone, format);
  }
  return format;
}

/** True when Intl knows `zone` (luxon's `IANAZone.isValidZone`). */
export function isValidIanaZone(zone: string): boolean {
  if (!zone) return false;
  try {
    formatFor(zone);
    return true;
  } catch {
    return false;
  }
}

/** Epoch ms of calendar fields read as UTC; years 0–99 stay years 0–99 (luxon's objToLocalTS). */
export function utcFieldsToMillis(
  year: number,
  month: number,
  day: number,
  hour = 0,
  minute = 0,
  second = 0,
  millisecond = 0,
): number {
  const ms = Date.UTC(year, month - 1, day, hour, minute, second, millisecond);
  if (year < 100 && year >= 0) {
    const date = new Date(ms);
    date.setUTCFullYear(year, month - 1, day);
    return +date;
  }
  return ms;
}

/** The offset of `zone` at `ms` in minutes (NaN for an unknown zone or an invalid time). */
export function ianaOffset(ms: number, zone: string): number {
  if (!isValidIanaZone(zone)) return NaN;
  const date = new Date(ms);
  if (Number.isNaN(+date)) return NaN;
  const fields: Record<string, number> = {};
  let era = 'AD';
  for (const { type, value } of formatFor(zone).formatToParts(date)) {
    if (type === 'era') era = value;
    else if (type !== 'literal') fields[type] = parseInt(value, 10);
  }
  let year = fields.year ?? 0;
  if (era === 'BC') year = -Math.abs(year) + 1;
  const hour = fields.hour === 24 ? 0 : (fields.hour ?? 0);
  const asUtc = utcFieldsToMillis(
    year,
    fields.month ?? 1,
    fields.day ?? 1,
    hour,
    fields.minute ?? 0,
    fields.second ?? 0,
  );
  let asTs = +date;
  const over = asTs % 1000;
  asTs -= over >= 0 ? over : 1000 + over;
  return (asUtc - asTs) / 60_000;
}
