import type { RulePack } from '../rule-packs';
import { everyDay } from './every-day';

/** Massachusetts overlay on Regulation F. Sources and caveats: docs/compliance.md. */
export const usMa: RulePack = {
  id: 'us-ma',
  name: 'United States — Massachusetts (overlay on Regulation F)',
  appliesTo: [{ country: 'US', region: 'MA' }],
  overlayOf: 'us-reg-f',
  windows: everyDay('08:00', '21:00'),
  caps: [{ channels: ['sms', 'voice'], max: 2, per: 'P7D', scope: 'debt', source: 'us-ma' }],
  holidays: [],
  duties: [
    'At most 2 collector-initiated calls or texts per 7 days per debt, on top of Regulation F.',
  ],
  sources: ['940 CMR 7.04', '209 CMR 18.16'],
  unverified: [
    'Whether WhatsApp and other app messages count as "texts" is not settled here: the cap counts sms and voice only. Add a journey cap if your counsel reads it wider.',
  ],
};
