// Every example journey, for every persona and every sample borrower, simulated for 45 days.
// The checks below are written independently of the policy code (luxon on the raw timeline), so
// a bug in the contact policy cannot hide itself.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  compileJourneyOrThrow,
  enrollmentFactsSchema,
  persona,
  personaNames,
  simulate,
  validateJourney,
  type CompiledJourney,
  type EnrollmentFactsInput,
  type SimulationResult,
  type TimelineEntry,
} from '@tandem/dsl';
import { builtInCatalogue } from '@tandem/nodes';
import { DateTime, Duration } from 'luxon';
import { describe, expect, it } from 'vitest';

const examplesDir = join(import.meta.dirname, '..', 'examples');
const journeyFiles = readdirSync(examplesDir).filter((f) => f.endsWith('.journey.json'));
const borrowerFiles = readdirSync(join(examplesDir, 'borrowers')).filter((f) =>
  f.endsWith('.json'),
);
const readJson = (...path: string[]): unknown =>
  JSON.parse(readFileSync(join(examplesDir, ...path), 'utf8'));

const START = '2026-03-02T09:00:00Z';
const DAYS = 45;
const weekdayNames = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

const borrowers = borrowerFiles.map((file) => ({
  file,
  facts: enrollmentFactsSchema.parse(readJson('borrowers', file)),
}));
const journeys = journeyFiles.map((file) => ({
  file,
  doc: readJson(file),
  compiled: compileJourneyOrThrow(readJson(file), builtInCatalogue),
}));

function run(
  journey: CompiledJourney,
  facts: EnrollmentFactsInput,
  personaName: string,
): SimulationResult {
  return simulate({
    journey,
    facts,
    persona: persona(personaName)!,
    start: START,
    days: DAYS,
    enrollmentId: `e2e-${personaName}`,
  });
}

const sentEntries = (timeline: TimelineEntry[]) => timeline.filter((e) => e.kind === 'sent');
const firstIndex = (timeline: TimelineEntry[], test: (e: TimelineEntry) => boolean) =>
  timeline.findIndex(test);

describe.each(journeys)('$file', ({ doc, compiled }) => {
  it('is valid', () => {
    const result = validateJourney(doc, builtInCatalogue);
    expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(result.ok).toBe(true);
  });

  describe.each(borrowers)('for $file', ({ facts }) => {
    const zone = facts.borrower.timezone;
    const { sendWindow, caps } = compiled.journey.policy;

    it.each(personaNames)(
      '%s: sends only inside the journey window, in the borrower’s zone',
      (name) => {
        const { timeline } = run(compiled, facts, name);
        for (const entry of sentEntries(timeline)) {
          const local = DateTime.fromISO(entry.at, { zone: 'UTC' }).setZone(zone);
          if (!sendWindow) continue;
          const hhmm = local.toFormat('HH:mm');
          expect(sendWindow.days, `${entry.localTime} is on a closed day`).toContain(
            weekdayNames[local.weekday - 1],
          );
          expect(
            hhmm >= sendWindow.start && hhmm < sendWindow.end,
            `${entry.localTime} is outside ${sendWindow.start}–${sendWindow.end}`,
          ).toBe(true);
        }
      },
    );

    it.each(personaNames)('%s: respects the journey’s caps over every rolling window', (name) => {
      const { timeline } = run(compiled, facts, name);
      const times = sentEntries(timeline)
        .filter((e) => e.intent !== 'confirmation' && e.intent !== 'promise.confirmation') // answers to the borrower: not capped
        .map((e) => Date.parse(e.at));
      for (const cap of caps.filter((c) => c.channel === 'any')) {
        const per = Duration.fromISO(cap.per).as('milliseconds');
        for (const t of times) {
          const inWindow = times.filter((u) => u <= t && u > t - per).length;
          expect(inWindow, `more than ${cap.max} per ${cap.per}`).toBeLessThanOrEqual(cap.max);
        }
      }
    });

    it.each(personaNames)(
      '%s: writes every message in the borrower’s language, fully rendered',
      (name) => {
        const { timeline } = run(compiled, facts, name);
        const expected = compiled.journey.locales.includes(facts.borrower.locale)
          ? facts.borrower.locale
          : (compiled.journey.locales.find((l) => l === facts.borrower.locale.split('-')[0]) ??
            compiled.journey.defaultLocale);
        for (const entry of sentEntries(timeline)) {
          expect(entry.locale).toBe(expected);
          expect(entry.text).not.toMatch(/\{\{|\{%|template error/);
          expect(entry.text).toContain(facts.borrower.firstName);
        }
      },
    );

    it('paysAfterFirstReminder: pays while the journey runs, and nothing is sent after the settlement', () => {
      const { timeline, outcome } = run(compiled, facts, 'paysAfterFirstReminder');
      const reminder = timeline.find((e) => e.kind === 'sent' && e.intent === 'reminder');
      const end = timeline.find((e) => e.kind === 'end');
      // The persona pays 4 hours after the first reminder: only if the journey still runs then.
      if (!reminder || (end && Date.parse(end.at) - Date.parse(reminder.at) < 4 * 3_600_000))
        return;
      const settled = firstIndex(
        timeline,
        (e) => e.kind === 'event' && e.event === 'payment.settled',
      );
      expect(settled).toBeGreaterThan(-1);
      expect(outcome).toBe('exit:payment.settled');
      expect(timeline.slice(settled).filter((e) => e.kind === 'sent')).toEqual([]);
    });

    it('optsOut: nothing more on the opted-out channel', () => {
      const { timeline } = run(compiled, facts, 'optsOut');
      const optOut = firstIndex(
        timeline,
        (e) => e.kind === 'event' && e.event === 'contact.optedOut',
      );
      if (optOut < 0) return;
      const channel = sentEntries(timeline)[0]!.channel;
      expect(
        timeline.slice(optOut).filter((e) => e.kind === 'sent' && e.channel === channel),
      ).toEqual([]);
    });

    it('asksForHardship: no message while the borrower’s hardship is reviewed or in breathing space', () => {
      const { timeline } = run(compiled, facts, 'asksForHardship');
      const asked = firstIndex(
        timeline,
        (e) => e.kind === 'event' && e.event === 'hardship.requested',
      );
      if (asked < 0) return;
      expect(timeline.slice(asked).filter((e) => e.kind === 'sent')).toEqual([]);
    });

    it('promisesAndBreaks: a broken promise takes the broken path', () => {
      const { timeline } = run(compiled, facts, 'promisesAndBreaks');
      const promised = firstIndex(
        timeline,
        (e) => e.kind === 'event' && e.event === 'ptp.promised',
      );
      if (promised < 0) return; // this journey asks for no promise
      const broken = firstIndex(timeline, (e) => e.kind === 'exit' && e.port === 'broken');
      expect(broken).toBeGreaterThan(promised);
      expect(
        timeline.slice(promised, broken).filter((e) => e.kind === 'exit' && e.port === 'kept'),
      ).toEqual([]);
    });
  });
});

describe('what the examples are for', () => {
  const lan = borrowers.find((b) => b.file === 'lan-vi.json')!.facts;
  const amelia = borrowers.find((b) => b.file === 'amelia-uk.json')!.facts;
  const journey = (id: string) => journeys.find((j) => j.file === `${id}.journey.json`)!.compiled;
  const outcome = (id: string, facts: EnrollmentFactsInput, name: string) =>
    run(journey(id), facts, name).outcome;

  it('first-time-borrower ends the way each persona deserves', () => {
    expect(outcome('first-time-borrower', lan, 'silent')).toBe('noResolution');
    expect(outcome('first-time-borrower', lan, 'paysAfterFirstReminder')).toBe(
      'exit:payment.settled',
    );
    expect(outcome('first-time-borrower', lan, 'promisesAndKeeps')).toBe('promiseKept');
    expect(outcome('first-time-borrower', lan, 'promisesAndBreaks')).toBe('agentAgreed');
    expect(outcome('first-time-borrower', lan, 'acceptsPlan')).toBe('plan');
    // Breathing space granted: the journey is still paused (holding every message) at the horizon.
    expect(outcome('first-time-borrower', lan, 'asksForHardship')).toBeNull();
  });

  it('first-time-borrower educates: the lesson watcher gets the plan offer, then pays', () => {
    const { timeline, outcome: end } = run(
      journey('first-time-borrower'),
      lan,
      'watchesLessonThenPays',
    );
    expect(timeline).toContainEqual(
      expect.objectContaining({ kind: 'exit', nodeId: 'lesson', port: 'watched' }),
    );
    expect(end).toBe('exit:payment.settled');
  });

  it('hardship-and-vulnerability routes a hardship request to a specialist, and a silent vulnerable borrower to a welfare call', () => {
    const asked = run(journey('hardship-and-vulnerability'), amelia, 'asksForHardship');
    expect(asked.timeline).toContainEqual(
      expect.objectContaining({ kind: 'exit', nodeId: 'listen', port: 'hardship.requested' }),
    );
    expect(asked.timeline).toContainEqual(
      expect.objectContaining({ kind: 'task', nodeId: 'specialist' }),
    );
    const silent = run(journey('hardship-and-vulnerability'), amelia, 'silent');
    expect(silent.timeline).toContainEqual(
      expect.objectContaining({ kind: 'exit', nodeId: 'flagged', port: 'vulnerable' }),
    );
    expect(silent.outcome).toBe('handedToAgent');
    // The first message signposts free debt advice.
    expect(silent.timeline.find((e) => e.kind === 'sent')?.text).toContain('MoneyHelper');
  });

  it('tone-experiment splits borrowers between both tones, the same way on every run', () => {
    const arms = new Map<string, number>();
    for (let i = 0; i < 200; i++) {
      const r = simulate({
        journey: journey('tone-experiment'),
        facts: lan,
        persona: persona('silent')!,
        start: START,
        days: 1,
        enrollmentId: `enr-${i}`,
      });
      const arm = r.timeline.find((e) => e.kind === 'exit' && e.nodeId === 'tone')!.port!;
      arms.set(arm, (arms.get(arm) ?? 0) + 1);
    }
    expect([...arms.keys()].sort()).toEqual(['plain', 'warm']);
    expect(Math.abs((arms.get('warm') ?? 0) - 100)).toBeLessThan(25);
    const again = (id: string) =>
      simulate({
        journey: journey('tone-experiment'),
        facts: lan,
        persona: persona('silent')!,
        start: START,
        days: 1,
        enrollmentId: id,
      });
    expect(again('enr-7').timeline).toEqual(again('enr-7').timeline);
  });

  it('promise-ladder gives a second chance after a broken promise, in Spanish for María', () => {
    const maria = borrowers.find((b) => b.file === 'maria-mx.json')!.facts;
    const { timeline } = run(journey('promise-ladder'), maria, 'promisesAndBreaks');
    expect(timeline).toContainEqual(
      expect.objectContaining({ kind: 'exit', nodeId: 'ask', port: 'broken' }),
    );
    expect(timeline).toContainEqual(
      expect.objectContaining({ kind: 'sent', nodeId: 'missed', locale: 'es' }),
    );
  });
});
