import type { RulePack } from '../rule-packs';
import { everyDay } from './every-day';

/** China, NIFA post-loan collection guidelines. Sources and caveats: docs/compliance.md. */
export const cn: RulePack = {
  id: 'cn',
  name: 'China — NIFA post-loan collection guidelines',
  appliesTo: [{ country: 'CN' }],
  windows: everyDay('08:00', '22:00'),
  caps: [{ channels: ['voice'], max: 3, per: 'P1D', scope: 'borrower', source: 'cn' }],
  holidays: [],
  duties: ['Collect only from the debtor.'],
  sources: ['NIFA post-loan collection guidelines (May 2024)'],
  unverified: [
    'The guideline counts connected calls; the ledger counts every voice contact, connected or not, which is stricter.',
    '"3 per day" is read as 3 in any rolling 24 hours (P1D), which is stricter than per calendar day.',
  ],
};
