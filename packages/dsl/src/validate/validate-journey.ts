import type { Catalogue } from '../catalogue/catalogue';
import type { Journey } from '../journey/schema';
import type { Problem } from './problem';

export interface ValidationResult {
  /** True when there is no problem of severity "error" (warnings allowed). */
  ok: boolean;
  problems: Problem[];
  /** The parsed document (defaults applied) when its shape is journey/v1, even if other problems exist. */
  journey?: Journey;
}

/** STUB: every problem with a journey at once, each located. Never throws on bad input. */
export function validateJourney(doc: unknown, catalogue: Catalogue): ValidationResult {
  void doc;
  void catalogue;
  throw new Error('not implemented');
}
