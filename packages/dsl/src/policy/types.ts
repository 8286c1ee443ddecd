import type { Channel, Weekday } from '../journey/primitives';

/** Allowed sending intervals per weekday in local time; an empty list means no contact that day. */
export type WeeklyWindows = Record<Weekday, Array<{ start: string; end: string }>>;

/** A rolling cap. `channels` "any" counts every contact; otherwise only the listed channels. */
export interface PolicyCap {
  channels: 'any' | Channel[];
  max: number;
  /** ISO 8601 rolling window, e.g. "P7D". */
  per: string;
  /** "borrower" counts across all the borrower's debts; "debt" only this debt's contacts. */
  scope: 'borrower' | 'debt';
  /** Where the cap comes from: "journey", a rule pack id, or "borrower". */
  source: string;
  /**
   * "rule" when the number is the jurisdiction's own; "default" when it is Tandem's conservative
   * choice where the rule names no number (uk-fca). Absent means "rule".
   */
  basis?: 'rule' | 'default';
  /**
   * What the cap counts: every contact (absent, "contacts"), or only the conversations an agent
   * logged: Reg F's "no call within 7 days after a telephone conversation" is
   * `{ channels: ['voice'], max: 1, per: 'P7D', counts: 'conversations' }`.
   */
  counts?: 'contacts' | 'conversations';
}

/** A borrower's own wishes: the strictest rule wins, so they can only narrow what is allowed. */
export interface ContactPreferences {
  optedOut: Channel[];
  /** Hours the borrower asked to be contacted in (their local time). */
  preferredWindow?: { start: string; end: string; days?: Weekday[] };
}

/** One contact made, as the ledger records it. */
export interface LedgerEntry {
  at: string;
  channel: Channel;
  /**
   * Who started the exchange. Caps limit collector-initiated contact (Reg F, 940 CMR 7.04 count
   * those); a confirmation answering the borrower's own action is "borrower" and is not counted.
   * Absent means "collector".
   */
  initiatedBy?: 'collector' | 'borrower';
  debtId?: string;
  /** A call in which the agent spoke with the borrower about the debt. */
  conversation?: boolean;
}

/** One constraint on the contact hours before intersection, kept to explain a deferral. */
export interface WindowSource {
  /** "journey", a rule pack id, or "borrower". */
  source: string;
  windows: WeeklyWindows;
}

/** Journey policy, rule packs and preferences combined for one borrower. */
export interface EffectivePolicy {
  timezone: string;
  windows: WeeklyWindows;
  caps: PolicyCap[];
  /** Dates (YYYY-MM-DD, borrower's local calendar) with no contact. */
  holidays: string[];
  /** Rule packs applied, base first. */
  packs: string[];
  optedOut: Channel[];
  /** The windows that were intersected into `windows`, so a deferral can name who forbids it. */
  windowSources?: WindowSource[];
}

export type SendDecision =
  | { status: 'send'; channel: Channel }
  | {
      status: 'defer';
      channel: Channel;
      until: string;
      reason: 'window' | 'holiday' | 'cap';
      detail: string;
    }
  | { status: 'suppress'; reason: string; code: SuppressCode };

/**
 * Why a send was not made, as a code a reader can word in its own language: the borrower opted
 * out of the channel (and of its fallback), or the policy leaves no time to contact them.
 */
export const suppressCodes = ['optedOut', 'optedOutOfBoth', 'noWindow', 'searchLimit'] as const;
export type SuppressCode = (typeof suppressCodes)[number];
