// Small journeys for runtime tests: English only, no rule pack and no caps, so that what a test
// shows is the runtime's doing and not a contact rule's (the contact-rule tests add their own).
import type { JourneyInput } from '@tandem/dsl';

type JourneyNode = JourneyInput['nodes'][number];

/** A journey from its nodes; `overrides` replace top-level fields (a policy, say). */
export function testJourney(
  id: string,
  start: string,
  nodes: JourneyNode[],
  overrides: Partial<JourneyInput> = {},
): JourneyInput {
  return {
    dsl: 'journey/v1',
    id,
    name: id,
    locales: ['en'],
    defaultLocale: 'en',
    policy: { jurisdiction: 'none', caps: [] },
    start,
    nodes,
    ...overrides,
  };
}

/** An SMS reminder; its text names the node ("second, Lan") unless given. */
export function smsReminder(
  id: string,
  next: string,
  options: { text?: string; config?: Record<string, unknown> } = {},
): JourneyNode {
  return {
    id,
    type: 'remind',
    config: {
      channel: 'sms',
      message: { en: options.text ?? `${id}, {{ borrower.firstName }}` },
      ...options.config,
    },
    next: { sent: next, failed: next },
  };
}

export const endNode = (id = 'done', outcome = 'done'): JourneyNode => ({
  id,
  type: 'end',
  config: { outcome },
});
