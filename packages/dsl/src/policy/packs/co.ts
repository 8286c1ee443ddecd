import type { RulePack } from '../rule-packs';

/** Colombia, Ley 2300 de 2023. Sources and caveats: docs/compliance.md. */
export const co: RulePack = {
  id: 'co',
  name: 'Colombia — Ley 2300 de 2023',
  appliesTo: [{ country: 'CO' }],
  windows: {
    mon: [{ start: '07:00', end: '19:00' }],
    tue: [{ start: '07:00', end: '19:00' }],
    wed: [{ start: '07:00', end: '19:00' }],
    thu: [{ start: '07:00', end: '19:00' }],
    fri: [{ start: '07:00', end: '19:00' }],
    sat: [{ start: '08:00', end: '15:00' }],
    sun: [],
  },
  caps: [],
  holidays: [],
  duties: [
    "Never on Sundays or public holidays: add Colombia's public holidays to the journey's holidays.",
    'Contact only on channels the consumer authorised.',
  ],
  sources: ['Ley 2300 de 2023'],
  unverified: [
    'Contact frequency: the sources word it differently, so the pack sets no cap: add a journey cap.',
  ],
};
