import type { HoldKind } from '../events/events';
import type { Channel } from '../journey/primitives';
import type { SuppressCode } from '../policy/types';

/**
 * Every reason a simulated timeline gives as a code. A reader words `TimelineReason` in its own
 * language from these (the web app has a message per code); `TimelineEntry.reason` keeps the
 * English sentence for the CLI and the API.
 */
export const timelineReasonCodes = [
  'waitingUntil', // a wait: until when
  'expired', // a send that could not go out before its deadline
  'held', // a send held while the borrower has a hold (dispute, cease…)
  'window', // deferred: outside the contact window
  'holiday', // deferred: a holiday in the borrower's calendar
  'cap', // deferred: a contact cap is reached
  'hold', // deferred until a hold ends
  'optedOut', // suppressed: the borrower opted out of the channel
  'optedOutOfBoth', // suppressed: opted out of the channel and of its fallback
  'noWindow', // suppressed: the policy leaves no contact hours at all
  'searchLimit', // suppressed: no allowed time within the search bound
] as const;
export type TimelineReasonCode = (typeof timelineReasonCodes)[number];

/** A timeline entry's reason as a code and its values; instants are UTC ISO. */
export type TimelineReason =
  | { code: 'waitingUntil' | 'expired' | 'window' | 'holiday' | 'cap' | 'hold'; until: string }
  | { code: 'held'; holds: HoldKind[] }
  | { code: SuppressCode; channel: Channel };
