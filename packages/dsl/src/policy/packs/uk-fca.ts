import type { RulePack } from '../rule-packs';
import { everyDay } from './every-day';

/** United Kingdom, FCA consumer credit rules. Sources and caveats: docs/compliance.md. */
export const ukFca: RulePack = {
  id: 'uk-fca',
  name: 'United Kingdom — FCA (CONC 7)',
  appliesTo: [{ country: 'GB' }],
  windows: everyDay('08:00', '21:00'),
  caps: [
    { channels: 'any', max: 3, per: 'P7D', scope: 'borrower', source: 'uk-fca', basis: 'default' },
  ],
  holidays: [],
  duties: [
    "Honour the borrower's stated contact times (set them as the borrower's preferred window).",
    'Show forbearance and signpost free debt advice (CONC 7.3).',
    'Breathing Space: a standard breathing space lasts up to 60 days, with no contact asking for payment (Debt Respite Scheme).',
    'A mental health crisis breathing space lasts for the crisis treatment plus 30 days.',
  ],
  sources: [
    'FCA CONC 7.3',
    'FCA CONC 7.9',
    'FCA PS24/2',
    'Debt Respite Scheme (Breathing Space) guidance',
  ],
  holds: [
    {
      kind: 'breathingSpace',
      maxDays: 60,
      description: 'Standard breathing space: up to 60 days with no contact asking for payment.',
    },
    {
      kind: 'mentalHealthCrisis',
      description: 'Mental health crisis breathing space: the crisis treatment plus 30 days.',
    },
  ],
  unverified: [
    "Window 08:00–21:00 is Tandem's default, not a rule: CONC fixes no contact hours.",
    "Cap of 3 contacts per 7 days on any channel is Tandem's conservative default, not a rule: CONC fixes no number.",
  ],
};
