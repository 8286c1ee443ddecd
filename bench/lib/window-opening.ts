// When does a contact window next open, and where? For the storm bench: the first minute, no
// earlier than `after`, at which it turns `localStart` (say 09:00) in at least `minZones` of the
// IANA time zones at once: a portfolio spread over those zones all wakes at that instant.

/** Seconds since local midnight of `at` in `zone`. */
export function localSecondOfDay(at: number, zone: string): number {
  const parts = clockFormat(zone).formatToParts(new Date(at));
  const field = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return (field('hour') % 24) * 3600 + field('minute') * 60 + field('second');
}

const formats = new Map<string, Intl.DateTimeFormat>();
function clockFormat(zone: string): Intl.DateTimeFormat {
  let format = formats.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-GB', {
      timeZone: zone,
      hourCycle: 'h23',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formats.set(zone, format);
  }
  return format;
}

/** "09:00" → seconds since midnight. */
export const secondsOf = (hhmm: string): number => {
  const [h, m] = hhmm.split(':').map(Number);
  return (h ?? 0) * 3600 + (m ?? 0) * 60;
};

export interface WindowOpening {
  /** Epoch ms of the opening (a whole minute). */
  at: number;
  zones: string[];
}

export function nextWindowOpening(after: number, localStart: string, minZones = 2): WindowOpening {
  const target = secondsOf(localStart);
  const from = Math.ceil(after / 60_000) * 60_000;
  const byInstant = new Map<number, string[]>();
  for (const zone of Intl.supportedValuesOf('timeZone')) {
    // Whole minutes from `from` until the zone's clock reads localStart (offsets are whole minutes).
    const now = localSecondOfDay(from, zone);
    const minutes = Math.round(((((target - now) % 86_400) + 86_400) % 86_400) / 60);
    const at = from + minutes * 60_000;
    // A daylight-saving change on the way moves the opening: keep only zones that really open then.
    if (localSecondOfDay(at, zone) !== target) continue;
    byInstant.set(at, [...(byInstant.get(at) ?? []), zone]);
  }
  const found = [...byInstant.entries()]
    .filter(([, zones]) => zones.length >= minZones)
    .sort(([a], [b]) => a - b)[0];
  if (!found)
    throw new Error(`no instant in the next day opens ${localStart} in ${minZones} zones`);
  return { at: found[0], zones: found[1].sort() };
}
