// A zone's offset for the engine's time arithmetic, without luxon: IANA zones through the cached
// Intl offsets of zone-clock.ts, "UTC"/"GMT" and fixed offsets ("UTC+3") the way luxon reads them.
import { zoneOffset } from './zone-clock';
import { ianaOffset } from './zone-offset';

const fixedOffset = /^utc(?:([+-]\d{1,2})(?::(\d{2}))?)?$/i;

/** The UTC offset of `zone` at `ms` in minutes; a RangeError for a zone nobody knows. */
export function offsetAt(ms: number, zone: string): number {
  const cached = zoneOffset(ms, zone);
  if (cached !== undefined) return cached;
  const lowered = zone.toLowerCase();
  if (lowered === 'utc' || lowered === 'gmt') return 0;
  const fixed = fixedOffset.exec(lowered);
  if (fixed) {
    const hours = parseInt(fixed[1] ?? '0', 10);
    const minutes = parseInt(fixed[2] ?? '0', 10);
    // luxon's signedOffset: the minutes take the hours' sign.
    return hours * 60 + (hours < 0 || Object.is(hours, -0) ? -minutes : minutes);
  }
  const offset = ianaOffset(ms, zone);
  if (Number.isNaN(offset)) throw new RangeError(`unknown time zone "${zone}"`);
  return offset;
}
