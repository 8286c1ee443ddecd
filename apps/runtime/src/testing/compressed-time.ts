// Journeys last weeks; tests against the real Temporal server cannot. These helpers shrink a
// journey's durations (and a persona's reaction delays) by the same factor, so the simulator and
// the real runtime can run the same compressed journey and be compared step for step.
import {
  durationMillis,
  isIsoDuration,
  type JourneyInput,
  type Persona,
  type ScriptedEvent,
} from '@tandem/dsl';

/** "P2D" at 2 s per day → "PT4S" (millisecond precision). */
export function compressDuration(duration: string, secondsPerDay: number): string {
  const ms = (durationMillis(duration) / 86_400_000) * secondsPerDay * 1000;
  return `PT${(Math.round(ms) / 1000).toFixed(3)}S`;
}

function compressValue(value: unknown, secondsPerDay: number): unknown {
  if (typeof value === 'string') {
    return /^P/.test(value) && isIsoDuration(value)
      ? compressDuration(value, secondsPerDay)
      : value;
  }
  if (Array.isArray(value)) return value.map((item) => compressValue(item, secondsPerDay));
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, compressValue(item, secondsPerDay)]),
    );
  }
  return value;
}

/**
 * The journey with every duration in its node configs and caps compressed, and contact hours
 * lifted (no send window, no rule pack): wall-clock hours cannot be compressed, and the windows
 * have tests of their own.
 */
export function compressJourney(journey: JourneyInput, secondsPerDay: number): JourneyInput {
  const policy = journey.policy ?? {};
  return {
    ...journey,
    policy: {
      ...policy,
      sendWindow: undefined,
      jurisdiction: 'none',
      caps: (policy.caps ?? []).map((cap) => ({
        ...cap,
        per: compressDuration(cap.per, secondsPerDay),
      })),
    },
    nodes: journey.nodes.map((node) => ({
      ...node,
      config: compressValue(node.config ?? {}, secondsPerDay) as Record<string, unknown>,
    })),
  };
}

/** The persona with its reaction delays compressed by the same factor. */
export function compressPersona(persona: Persona, secondsPerDay: number): Persona {
  const squeeze = (events: ScriptedEvent[]) =>
    events.map((event) => ({ ...event, after: compressDuration(event.after, secondsPerDay) }));
  return {
    ...persona,
    ...(persona.script ? { script: squeeze(persona.script) } : {}),
    ...(persona.onMessage
      ? { onMessage: (message, facts) => squeeze(persona.onMessage?.(message, facts) ?? []) }
      : {}),
  };
}
