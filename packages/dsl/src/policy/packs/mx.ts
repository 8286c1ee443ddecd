import type { RulePack } from '../rule-packs';
import { everyDay } from './every-day';

/** Mexico, CONDUSEF rules for collection agencies. Sources and caveats: docs/compliance.md. */
export const mx: RulePack = {
  id: 'mx',
  name: 'Mexico — CONDUSEF collection rules',
  appliesTo: [{ country: 'MX' }],
  windows: everyDay('07:00', '22:00'),
  caps: [],
  holidays: [],
  duties: ['Do not contact third parties, minors or the elderly about the debt.'],
  sources: ['CONDUSEF rules for collection agencies'],
  unverified: [
    'Our sources name no contact frequency, so the pack sets no cap: add a journey cap.',
  ],
};
