/**
 * The policy leaves no instant to contact the borrower: every weekday's window is empty
 * (`code` "no-window"), or holidays, windows and caps leave nothing within the search bound
 * (`code` "search-limit"). Either way the combination of journey, rule packs and preferences
 * forbids contact; the validator or driver surfaces it instead of guessing a time.
 */
export class NoContactWindowError extends Error {
  override readonly name = 'NoContactWindowError';
  constructor(
    readonly code: 'no-window' | 'search-limit',
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** A journey names a jurisdiction rule pack that does not exist. */
export class UnknownRulePackError extends Error {
  override readonly name = 'UnknownRulePackError';
  constructor(
    readonly packId: string,
    known: readonly string[],
  ) {
    super(`unknown rule pack "${packId}"; known packs: ${known.join(', ')}`);
  }
}
