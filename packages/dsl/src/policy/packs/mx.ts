import type { RulePack } from '../rule-packs';

/** Mexico, CONDUSEF rules for collection agencies. Sources and caveats: docs/compliance.md. */
export const mx: RulePack = {
  id: 'mx',
  name: 'Mexico — CONDUSEF collection rules',
  appliesTo: [{ country: 'MX' }],
  windows: {
    mon: [{ start: '07:00', end: '22:00' }],
    tue: [{ start: '07:00', end: '22:00' }],
    wed: [{ start: '07:00', end: '22:00' }],
    thu: [{ start: '07:00', end: '22:00' }],
    fri: [{ start: '07:00', end: '22:00' }],
    sat: [{ start: '07:00', end: '22:00' }],
    sun: [{ start: '07:00', end: '22:00' }],
  },
  caps: [],
  holidays: [],
  duties: ['Do not contact third parties, minors or the elderly about the debt.'],
  sources: ['CONDUSEF rules for collection agencies'],
  unverified: [
    'Our sources name no contact frequency, so the pack sets no cap: add a journey cap.',
  ],
};
