import type { RulePack } from '../rule-packs';
import { everyDay } from './every-day';

/** India, Reserve Bank of India recovery conduct. Sources and caveats: docs/compliance.md. */
export const inRbi: RulePack = {
  id: 'in-rbi',
  name: 'India — RBI recovery agents conduct',
  appliesTo: [{ country: 'IN' }],
  windows: everyDay('08:00', '19:00'),
  caps: [],
  holidays: [],
  duties: ['No persistent calling.', 'Do not contact family members or friends about the debt.'],
  sources: ['RBI circular RBI/2022-23/108 (August 2022)'],
  unverified: [
    '"No persistent calling" names no number, so the pack sets no cap: add a journey cap.',
  ],
};
