// Every example journey, end to end on the real dev server, for several personas: the messages
// the runtime writes must be the ones the simulator predicts for the same persona (same nodes, in
// the same order), and the journey must end the same way. Durations are compressed to 2 s a day.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { historyToJSON } from '@temporalio/common/lib/proto-utils';
import { eq } from 'drizzle-orm';
import {
  compileJourneyOrThrow,
  persona,
  simulate,
  type EnrollmentFactsInput,
  type JourneyInput,
} from '@tandem/dsl';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messages } from '../db/schema';
import { runtimeCatalogue } from '../node-catalogue';
import { PayloadEncryptionCodec } from '../temporal/encryption-codec';
import { actAs } from '../testing/borrower-actor';
import { decodeHistoryPayloads } from '../testing/clear-history';
import { compressDuration, compressJourney, compressPersona } from '../testing/compressed-time';
import { openJourneyStack, type JourneyStack } from '../testing/journey-stack';
import { enroll, finished, publishJourney, putBorrower } from '../testing/scenario';

const SECONDS_PER_DAY = 2;
const historiesDir = new URL('./histories/', import.meta.url);

const example = (name: string): JourneyInput =>
  JSON.parse(
    readFileSync(new URL(`../../../../examples/${name}.journey.json`, import.meta.url), 'utf8'),
  ) as JourneyInput;

const cases: Array<{ journey: string; personas: string[] }> = [
  {
    journey: 'first-time-borrower',
    personas: ['silent', 'paysAfterFirstReminder', 'optsOut', 'acceptsPlan'],
  },
  { journey: 'hardship-and-vulnerability', personas: ['silent', 'asksForHardship', 'acceptsPlan'] },
  { journey: 'promise-ladder', personas: ['silent', 'optsOut', 'asksForHardship'] },
  { journey: 'tone-experiment', personas: ['silent', 'acceptsPlan', 'paysAfterFirstReminder'] },
];

/**
 * The agent resumes the journey when a hardship review allows it: its first outcome would be a
 * 60-day breathing space, which real seconds cannot compress (the holds tests cover that path).
 */
const agentChoice = (outcomes: string[]) =>
  outcomes.includes('resume') ? 'resume' : (outcomes[0] ?? null);

describe('example journeys on the real runtime match the simulator', () => {
  let stack: JourneyStack;
  beforeAll(async () => {
    stack = await openJourneyStack();
    for (const { journey } of cases) {
      await publishJourney(stack.api, compressJourney(example(journey), SECONDS_PER_DAY));
    }
  });
  afterAll(async () => {
    await stack?.close();
  });

  it.concurrent.each(cases.flatMap((c) => c.personas.map((p) => [c.journey, p] as const)))(
    '%s × %s',
    async (journeyId, personaName) => {
      const compressed = compressJourney(example(journeyId), SECONDS_PER_DAY);
      const borrower = await putBorrower(stack.api, {
        locale: compressed.locales[1] ?? 'en',
        account: { daysPastDue: personaName === 'silent' ? 35 : 12 },
      });
      const body = borrower.body as {
        firstName: string;
        locale: string;
        timezone: string;
        country: string;
        accounts: Array<EnrollmentFactsInput['account']>;
      };
      const facts: EnrollmentFactsInput = {
        borrower: {
          id: borrower.externalId,
          firstName: body.firstName,
          locale: body.locale,
          timezone: body.timezone,
          country: body.country,
          attributes: {},
        },
        account: { ...body.accounts[0]!, id: borrower.accountId },
      };
      const agentDelay = compressDuration('PT4H', SECONDS_PER_DAY);
      const actor = compressPersona(persona(personaName)!, SECONDS_PER_DAY);

      const started = await enroll(stack.api, journeyId, borrower);
      const play = actAs(stack, {
        borrower,
        enrollmentId: started.id,
        persona: compressPersona(persona(personaName)!, SECONDS_PER_DAY),
        facts,
        agentDelay,
        chooseOutcome: agentChoice,
      });
      const done = await finished(stack.api, started.id, 90_000).finally(() => play.stop());

      const predicted = simulate({
        journey: compileJourneyOrThrow(compressed, runtimeCatalogue),
        facts,
        persona: actor,
        start: started.createdAt,
        days: 60,
        enrollmentId: started.id,
        agent: { resolveAfter: agentDelay, outcome: agentChoice },
      });
      const sent = await stack.database.db
        .select({
          nodeId: messages.nodeId,
          channel: messages.channel,
          createdAt: messages.createdAt,
        })
        .from(messages)
        .where(eq(messages.enrollmentId, started.id))
        .orderBy(messages.createdAt);
      const expected = predicted.timeline
        .filter((entry) => entry.kind === 'sent')
        .map((entry) => `${entry.nodeId}:${entry.channel}`);
      expect(sent.map((m) => `${m.nodeId}:${m.channel}`)).toEqual(expected);
      expect(expected.length).toBeGreaterThan(0);
      expect(done.outcome).toBe(predicted.outcome);

      // `TANDEM_RECORD_HISTORIES=1` refreshes the committed histories replay.test.ts replays.
      if (process.env.TANDEM_RECORD_HISTORIES) {
        const history = await decodeHistoryPayloads(
          await stack.client.workflow.getHandle(started.workflowId).fetchHistory(),
          new PayloadEncryptionCodec(stack.payloadKeys),
        );
        mkdirSync(historiesDir, { recursive: true });
        writeFileSync(
          new URL(`${journeyId}--${personaName}.json`, historiesDir),
          historyToJSON(history),
        );
      }
    },
    120_000,
  );
});
