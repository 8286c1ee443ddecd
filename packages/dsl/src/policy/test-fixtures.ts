import { journeyPolicySchema } from '../journey/schema';
import { effectivePolicy } from './effective-policy';
import type { ContactPreferences, EffectivePolicy } from './types';

/** Borrowers the policy tests share, one per pack's country, in their own time zones. */
export const borrowers = {
  newYork: { country: 'US', region: 'NY', timezone: 'America/New_York' },
  boston: { country: 'US', region: 'MA', timezone: 'America/New_York' },
  london: { country: 'GB', timezone: 'Europe/London' },
  mumbai: { country: 'IN', timezone: 'Asia/Kolkata' },
  hanoi: { country: 'VN', timezone: 'Asia/Ho_Chi_Minh' },
  shanghai: { country: 'CN', timezone: 'Asia/Shanghai' },
  mexicoCity: { country: 'MX', timezone: 'America/Mexico_City' },
  bogota: { country: 'CO', timezone: 'America/Bogota' },
} as const;

/** The effective policy for a borrower, with journey policy fields and preferences as overrides. */
export function policyFor(
  borrower: { country: string; region?: string; timezone: string },
  journey: Record<string, unknown> = {},
  preferences?: ContactPreferences,
): EffectivePolicy {
  return effectivePolicy({
    journeyPolicy: journeyPolicySchema.parse(journey),
    borrower,
    ...(preferences ? { preferences } : {}),
  });
}
