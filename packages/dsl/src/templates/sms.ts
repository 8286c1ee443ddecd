import { gsm7Septets } from './gsm7';

export interface SmsSegments {
  encoding: 'GSM-7' | 'UCS-2';
  /** Length in encoding units (GSM-7 septets, counting escaped characters twice; UCS-2 code units). */
  units: number;
  segments: number;
  /** Units per segment for this length (160/153 or 70/67). */
  perSegment: number;
}

const limits = {
  'GSM-7': { single: 160, concatenated: 153 },
  'UCS-2': { single: 70, concatenated: 67 },
} as const;

/**
 * SMS encoding and segment count of a rendered text, per 3GPP TS 23.038 / 23.040.
 *
 * GSM-7 when every character is in the default alphabet or its extension table (`^ { } \ [ ~ ] | €`
 * and form feed cost two septets); otherwise UCS-2, measured in UTF-16 code units, so an emoji
 * outside the Basic Multilingual Plane costs two. One segment holds 160 septets or 70 units; a
 * longer text is split into parts of 153 or 67 (the rest carries the concatenation header).
 *
 * Parts are filled the way gateways split: an escaped GSM-7 character or a UTF-16 surrogate pair
 * is never cut in two, so a two-unit character at a boundary moves to the next part; that can
 * take one more segment than `ceil(units / perSegment)`.
 *
 * The empty text is one segment: a gateway still sends (and bills) one message for it.
 *
 * @example
 * smsSegments('Hi Lan, €20 is due') // { encoding: 'GSM-7', units: 19, segments: 1, perSegment: 160 }
 * smsSegments('Chào Lan')           // { encoding: 'UCS-2', units: 8, segments: 1, perSegment: 70 }
 */
export function smsSegments(text: string): SmsSegments {
  const costs = gsm7Costs(text);
  const encoding = costs ? 'GSM-7' : 'UCS-2';
  const characterCosts = costs ?? Array.from(text, (character) => character.length);
  const units = characterCosts.reduce((sum, cost) => sum + cost, 0);
  const { single, concatenated } = limits[encoding];
  if (units <= single) return { encoding, units, segments: 1, perSegment: single };
  return {
    encoding,
    units,
    segments: countParts(characterCosts, concatenated),
    perSegment: concatenated,
  };
}

/** Septets per character, or undefined when one character needs UCS-2. */
function gsm7Costs(text: string): number[] | undefined {
  const costs: number[] = [];
  for (const character of text) {
    const septets = gsm7Septets(character);
    if (septets === undefined) return undefined;
    costs.push(septets);
  }
  return costs;
}

function countParts(characterCosts: readonly number[], capacity: number): number {
  let parts = 1;
  let used = 0;
  for (const cost of characterCosts) {
    if (used + cost > capacity) {
      parts += 1;
      used = 0;
    }
    used += cost;
  }
  return parts;
}
