import type { RulePack } from '../rule-packs';
import { everyDay } from './every-day';

/** United States, CFPB Regulation F (FDCPA). Sources and caveats: docs/compliance.md. */
export const usRegF: RulePack = {
  id: 'us-reg-f',
  name: 'United States — Regulation F (FDCPA)',
  appliesTo: [{ country: 'US' }],
  windows: everyDay('08:00', '21:00'),
  caps: [
    { channels: ['voice'], max: 7, per: 'P7D', scope: 'debt', source: 'us-reg-f' },
    // A logged conversation blocks the next call on that debt for 7 days.
    {
      channels: ['voice'],
      max: 1,
      per: 'P7D',
      scope: 'debt',
      source: 'us-reg-f',
      counts: 'conversations',
    },
  ],
  holidays: [],
  duties: [
    "Contact only between 08:00 and 21:00 in the borrower's local time, on every medium (calls, texts, email) (12 CFR 1006.6(b)(1)).",
    'More than 7 calls in 7 rolling days about one debt is presumed harassment; Tandem treats 7 as a hard cap (12 CFR 1006.14(b)).',
    'No call within 7 days after a telephone conversation with the borrower about the debt (12 CFR 1006.14(b)); agents log their calls and conversations, and the cap counts them.',
    'Every email and text message carries a simple opt-out, such as "Reply STOP" or a link (12 CFR 1006.6(e)).',
    'Honour a request to stop using a medium at once (12 CFR 1006.14(h)).',
    'A written dispute holds collection until the debt is verified; a cease-communication request ends contact.',
    'Every message discloses that it is from a debt collector (12 CFR 1006.18(e)).',
    'Never threaten to sue on a time-barred debt (12 CFR 1006.26).',
  ],
  sources: [
    '12 CFR 1006.6(b)(1)',
    '12 CFR 1006.6(e)',
    '12 CFR 1006.14(b)',
    '12 CFR 1006.14(h)',
    '12 CFR 1006.18(e)',
    '12 CFR 1006.26',
  ],
  requiredNotices: [
    {
      kind: 'optOut',
      channels: ['email', 'sms', 'whatsapp', 'push'],
      description: 'A simple way to opt out of this medium: "Reply STOP" or a link.',
    },
    {
      kind: 'collectorDisclosure',
      channels: 'any',
      description: 'The message is from a debt collector.',
    },
  ],
  holds: [
    {
      kind: 'dispute',
      description: 'A written dispute holds collection until the debt is verified.',
    },
    { kind: 'cease', description: 'A cease-communication request ends contact.' },
  ],
  unverified: [],
};
