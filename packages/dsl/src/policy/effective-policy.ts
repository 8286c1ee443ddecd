import type { JourneyPolicy } from '../journey/schema';
import { assertTimeZone } from '../time/local-time';
import { packsForJurisdiction, type RulePack } from './rule-packs';
import type { ContactPreferences, EffectivePolicy, PolicyCap, WindowSource } from './types';
import { dailyWindow, intersectWindows } from './windows';

function journeyCaps(policy: JourneyPolicy): PolicyCap[] {
  return policy.caps.map((cap) => ({
    channels: cap.channel === 'any' ? 'any' : [cap.channel],
    max: cap.max,
    per: cap.per,
    scope: 'borrower',
    source: 'journey',
  }));
}

/**
 * Combines the journey's policy, the borrower's rule packs and the borrower's preferences; the
 * strictest wins. Windows are the per-weekday intersection of the journey's sendWindow, every
 * pack's windows and the borrower's preferred hours; caps and holidays are the union; opt-outs
 * come from the preferences. `packs`, when given, are applied as they are (base first) instead
 * of the built-in packs chosen by `journeyPolicy.jurisdiction` ("auto": by the borrower's
 * country and region; "none": no pack; an id: that pack after its base).
 * @throws UnknownRulePackError for a jurisdiction id no pack has; RangeError for an unknown zone.
 * @example
 * effectivePolicy({
 *   journeyPolicy: journeyPolicySchema.parse({ sendWindow: { start: '09:00', end: '20:00' } }),
 *   borrower: { country: 'US', region: 'MA', timezone: 'America/New_York' },
 * }).windows.mon // [{ start: '09:00', end: '20:00' }], packs ['us-reg-f', 'us-ma']
 */
export function effectivePolicy(input: {
  journeyPolicy: JourneyPolicy;
  borrower: { country: string; region?: string; timezone: string };
  preferences?: ContactPreferences;
  /** Defaults to the built-in packs chosen by `journeyPolicy.jurisdiction`. */
  packs?: readonly RulePack[];
}): EffectivePolicy {
  const { journeyPolicy, borrower, preferences } = input;
  assertTimeZone(borrower.timezone);
  const packs = input.packs ?? packsForJurisdiction(journeyPolicy.jurisdiction, borrower);
  const sendWindow = journeyPolicy.sendWindow;
  const preferred = preferences?.preferredWindow;
  const windowSources: WindowSource[] = [
    ...(sendWindow ? [{ source: 'journey', windows: dailyWindow(sendWindow) }] : []),
    ...packs.map((pack) => ({ source: pack.id, windows: intersectWindows([pack.windows]) })),
    ...(preferred ? [{ source: 'borrower', windows: dailyWindow(preferred) }] : []),
  ];
  return {
    timezone: borrower.timezone,
    windows: intersectWindows(windowSources.map((layer) => layer.windows)),
    // Copies, so a caller adjusting its policy never edits the shared built-in packs.
    caps: [...journeyCaps(journeyPolicy), ...packs.flatMap((pack) => pack.caps)].map((cap) => ({
      ...cap,
      channels: cap.channels === 'any' ? 'any' : [...cap.channels],
    })),
    holidays: [
      ...new Set([...journeyPolicy.holidays, ...packs.flatMap((pack) => pack.holidays)]),
    ].sort(),
    packs: packs.map((pack) => pack.id),
    optedOut: [...new Set(preferences?.optedOut ?? [])],
    windowSources,
  };
}
