import type { RulePack } from '../rule-packs';

/** Vietnam, State Bank of Vietnam rules for finance companies. Caveats: docs/compliance.md. */
export const vn: RulePack = {
  id: 'vn',
  name: 'Vietnam — SBV Circular 18/2019',
  appliesTo: [{ country: 'VN' }],
  windows: {
    mon: [{ start: '07:00', end: '21:00' }],
    tue: [{ start: '07:00', end: '21:00' }],
    wed: [{ start: '07:00', end: '21:00' }],
    thu: [{ start: '07:00', end: '21:00' }],
    fri: [{ start: '07:00', end: '21:00' }],
    sat: [{ start: '07:00', end: '21:00' }],
    sun: [{ start: '07:00', end: '21:00' }],
  },
  caps: [{ channels: 'any', max: 5, per: 'P1D', scope: 'borrower', source: 'vn' }],
  holidays: [],
  duties: ['Never send repayment reminders to people who do not owe the debt.'],
  sources: ['Circular 18/2019/TT-NHNN (finance companies)'],
  unverified: [
    'The circular binds finance companies; the pack applies it to every borrower in Vietnam.',
    '"5 reminders per day" is read as 5 in any rolling 24 hours (P1D), which is stricter than per calendar day.',
  ],
};
