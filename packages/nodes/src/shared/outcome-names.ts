// Outcome ids are the lender's identifiers ("noResponse"); managers read names. The built-in
// nodes name the outcomes journeys commonly end with or agents commonly pick, in English here
// and in the other languages beside each language's node texts (translations/<locale>.ts).
import { humanizeId } from '@tandem/dsl';

/** English names of common outcome ids (an end's outcome, an escalation's exit). */
export const commonOutcomeNames: Record<string, string> = {
  completed: 'Completed',
  paid: 'Paid',
  settled: 'Settled',
  plan: 'On a payment plan',
  noPlan: 'No plan agreed',
  affordablePlan: 'Affordable plan',
  promiseKept: 'Promise kept',
  noResponse: 'No response',
  noContact: 'Not reached',
  unreachable: 'Unreachable',
  handedToAgent: 'Handed to an agent',
  agentAgreed: 'Agreed with an agent',
  agreed: 'Agreed',
  resolved: 'Resolved',
  handled: 'Handled',
  supported: 'Supported',
  noResolution: 'Not resolved',
  noActionNeeded: 'No action needed',
  breathingSpace: 'Breathing space',
  disputed: 'Disputed',
  hardship: 'In hardship',
  optedOut: 'Opted out',
};

/**
 * What a manager reads for an outcome: the journey's own name for it, else the name these words
 * give its id, else its id in words ("noResponse" → "No response").
 */
export function outcomeName(id: string, names: Record<string, string>, ownName?: string): string {
  return ownName?.trim() || names[id] || humanizeId(id);
}
