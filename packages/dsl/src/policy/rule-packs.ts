import { UnknownRulePackError } from './errors';
import { cn } from './packs/cn';
import { co } from './packs/co';
import { inRbi } from './packs/in-rbi';
import { mx } from './packs/mx';
import { ukFca } from './packs/uk-fca';
import { usMa } from './packs/us-ma';
import { usRegF } from './packs/us-reg-f';
import { vn } from './packs/vn';
import type { HoldKind } from '../events/events';
import type { Channel } from '../journey/primitives';
import type { PolicyCap, WeeklyWindows } from './types';

/** Content a jurisdiction requires in messages, for the template checks and the renderer. */
export interface RequiredNotice {
  kind: 'optOut' | 'collectorDisclosure';
  channels: 'any' | Channel[];
  description: string;
}

/** A hold the jurisdiction defines (see holdKinds), with its length when the rule fixes one. */
export interface PackHold {
  kind: HoldKind;
  maxDays?: number;
  description: string;
}

/** A jurisdiction's contact rules as data. Sources and unverified numbers are listed with it. */
export interface RulePack {
  id: string;
  name: string;
  /** Where it applies: a country, optionally narrowed to a region. */
  appliesTo: Array<{ country: string; region?: string }>;
  /** An overlay adds to its base pack (us-ma on us-reg-f). */
  overlayOf?: string;
  windows: WeeklyWindows;
  caps: PolicyCap[];
  /** Fixed no-contact dates, if the rule names any (public holidays are the lender's list). */
  holidays: string[];
  /** Other duties in words, shown in the editor and docs. */
  duties: string[];
  sources: string[];
  /** Notices every message on those channels must carry. */
  requiredNotices?: RequiredNotice[];
  /** Holds the rule defines; the engine stops all sends while one is active. */
  holds?: PackHold[];
  /** Numbers or rules not verified against the primary text, and Tandem's own defaults. */
  unverified: string[];
}

/** The built-in packs, base packs before their overlays. docs/compliance.md cites each. */
export const rulePacks: readonly RulePack[] = [usRegF, usMa, ukFca, inRbi, vn, cn, mx, co];

/** "US-MA", "ma" → "MA": ISO 3166-2 codes and bare subdivision codes both match. */
function normaliseRegion(country: string, region: string | undefined): string | undefined {
  const upper = region?.trim().toUpperCase();
  return upper?.startsWith(`${country}-`) ? upper.slice(country.length + 1) : upper;
}

function applies(pack: RulePack, country: string, region: string | undefined): boolean {
  return pack.appliesTo.some(
    (place) =>
      place.country.toUpperCase() === country &&
      (place.region === undefined || place.region.toUpperCase() === region),
  );
}

/** The pack with `id`, preceded by its base (and the base's base), from `library`. */
export function withBases(id: string, library: readonly RulePack[] = rulePacks): RulePack[] {
  const chain: RulePack[] = [];
  for (let next: string | undefined = id; next !== undefined;) {
    const pack = library.find((candidate) => candidate.id === next);
    if (!pack)
      throw new UnknownRulePackError(
        next,
        library.map((known) => known.id),
      );
    if (chain.includes(pack)) break;
    chain.unshift(pack);
    next = pack.overlayOf;
  }
  return chain;
}

/**
 * The packs for a borrower's country (ISO 3166-1 alpha-2) and region: base pack first, then
 * overlays. A country without a pack gets none, so only the journey's own policy applies.
 * @example rulePacksFor({ country: 'US', region: 'MA' }).map((p) => p.id) // ['us-reg-f', 'us-ma']
 */
export function rulePacksFor(
  borrower: { country: string; region?: string },
  library: readonly RulePack[] = rulePacks,
): RulePack[] {
  const country = borrower.country.trim().toUpperCase();
  const region = normaliseRegion(country, borrower.region);
  const out: RulePack[] = [];
  for (const pack of library.filter((candidate) => applies(candidate, country, region))) {
    for (const member of withBases(pack.id, library)) if (!out.includes(member)) out.push(member);
  }
  return out;
}

/**
 * The packs a journey's `jurisdiction` selects for a borrower: "auto" by country and region,
 * "none" nothing, an id that pack after its base.
 * @example packsForJurisdiction('us-ma', { country: 'VN' }).map((p) => p.id) // ['us-reg-f', 'us-ma']
 */
export function packsForJurisdiction(
  jurisdiction: string,
  borrower: { country: string; region?: string },
  library: readonly RulePack[] = rulePacks,
): RulePack[] {
  if (jurisdiction === 'auto') return rulePacksFor(borrower, library);
  if (jurisdiction === 'none') return [];
  return withBases(jurisdiction, library);
}
