// What the engine keeps of a send it emitted, until a driver reports on it: the message picked in
// the borrower's language, and which node visit (if any) waits for the result.
import type { NodeEffect } from '../catalogue/node-definition';
import type { FactsView } from '../facts/facts';
import type { Journey } from '../journey/schema';
import { pickLocale } from '../templates/pick-locale';
import { mapOf, remember } from '../memo/remember';
import type { RunnableNode } from './compiled-journey';
import type { EnrollmentState, SendCommand, StoredSend } from './types';

/** Messages that answer something the borrower just did. */
const BORROWER_INITIATED: ReadonlySet<string> = new Set(['promise.confirmation', 'confirmation']);

export interface SendOrigin {
  seq: number;
  id: string;
  idempotencyKey: string;
  node: RunnableNode;
  effect: Extract<NodeEffect, { kind: 'send' }>;
  /** The node visit waiting for the result; undefined when nobody waits (fire and forget). */
  nodeEntry: number | undefined;
}

/** The send as the state keeps it: texts resolved to one locale, the origin recorded. */
export function storedSend(
  journey: Journey,
  state: EnrollmentState,
  origin: SendOrigin,
): StoredSend {
  const { node, effect, nodeEntry, seq, id, idempotencyKey } = origin;
  const locale = localeFor(journey, state.facts.borrower.locale);
  const pick = (text: Record<string, string>): string =>
    text[locale] ?? text[journey.defaultLocale] ?? Object.values(text)[0] ?? '';
  return {
    kind: 'send',
    seq,
    id,
    idempotencyKey,
    nodeId: node.id,
    nodeType: node.type,
    effectKey: effect.key,
    intent: effect.intent,
    initiatedBy: BORROWER_INITIATED.has(effect.intent) ? 'borrower' : 'collector',
    channel: effect.channel,
    ...(effect.fallbackChannel ? { fallbackChannel: effect.fallbackChannel } : {}),
    locale,
    template: pick(effect.message),
    ...(effect.subject ? { subject: pick(effect.subject) } : {}),
    ...(effect.link ? { link: effect.link } : {}),
    ...(effect.notAfter ? { notAfter: effect.notAfter } : {}),
    attempt: 0,
    ...(nodeEntry !== undefined ? { nodeEntry } : {}),
  };
}

// A journey document is not changed once compiled, and its borrowers speak a handful of
// languages: the locale picked for each is remembered per journey.
const locales = new WeakMap<Journey, Map<string, string>>();

function localeFor(journey: Journey, borrowerLocale: string): string {
  return remember(mapOf(locales, journey), borrowerLocale, 1_000, () =>
    pickLocale(borrowerLocale, journey.locales, journey.defaultLocale),
  );
}

/**
 * The command a driver receives: the stored send without its node bookkeeping, with the facts
 * the run saw. One copy, key by key in the stored order (so its JSON is what it always was): a
 * rest pattern (`{ nodeEntry, ...command }`) followed by a spread cost ~8× more, on every send.
 * @example sendCommandOf(stored, factsView(state)).nodeEntry // undefined
 */
export function sendCommandOf(stored: StoredSend, facts: FactsView): SendCommand {
  const command: Partial<Record<keyof SendCommand, unknown>> = {};
  for (const key in stored) {
    if (key !== 'nodeEntry' && Object.hasOwn(stored, key)) {
      const name = key as keyof StoredSend & keyof SendCommand;
      command[name] = stored[name];
    }
  }
  command.facts = facts;
  return command as SendCommand;
}
