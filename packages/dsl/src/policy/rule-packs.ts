import type { PolicyCap, WeeklyWindows } from './types';

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
  /** Numbers or rules not verified against the primary text. */
  unverified: string[];
}

/** STUB: the built-in packs. */
export const rulePacks: readonly RulePack[] = [];

/** STUB: the packs for a borrower's country and region: base pack first, then overlays. */
export function rulePacksFor(borrower: { country: string; region?: string }): RulePack[] {
  void borrower;
  return [];
}
