import type { RulePack } from '../rule-packs';
import { everyDay } from './every-day';

/** Vietnam, State Bank of Vietnam rules for finance companies. Caveats: docs/compliance.md. */
export const vn: RulePack = {
  id: 'vn',
  name: 'Vietnam — SBV Circular 18/2019',
  appliesTo: [{ country: 'VN' }],
  windows: everyDay('07:00', '21:00'),
  caps: [{ channels: 'any', max: 5, per: 'P1D', scope: 'borrower', source: 'vn' }],
  holidays: [],
  duties: ['Never send repayment reminders to people who do not owe the debt.'],
  sources: ['Circular 18/2019/TT-NHNN (finance companies)'],
  unverified: [
    'The circular binds finance companies; the pack applies it to every borrower in Vietnam.',
    '"5 reminders per day" is read as 5 in any rolling 24 hours (P1D), which is stricter than per calendar day.',
  ],
};
