import type { MessageIntent } from '../catalogue/node-definition';
import type { EventName } from '../events/events';
import type { EnrollmentFacts } from '../facts/facts';
import type { Channel } from '../journey/primitives';
import { addDuration, localDate } from '../time/duration';

/** An event the scripted borrower will cause, some time after what triggered it. */
export interface ScriptedEvent {
  /** ISO duration after the trigger (a message, or the start for a script). */
  after: string;
  type: EventName;
  data?: Record<string, unknown>;
}

/** A message as the scripted borrower receives it. */
export interface ReceivedMessage {
  at: string;
  channel: Channel;
  intent: MessageIntent;
  nodeId: string;
  text: string;
  /** 0 for the first message of the enrollment, 1 for the second… */
  index: number;
}

/**
 * A scripted borrower: how they react to messages, plus events on a fixed schedule.
 * Personas are data plus small pure functions, so a test or the editor can define new ones.
 */
export interface Persona {
  name: string;
  description: string;
  onMessage?(message: ReceivedMessage, facts: EnrollmentFacts): ScriptedEvent[];
  /** Events at fixed offsets from the enrollment's start. */
  script?: ScriptedEvent[];
}

const once = (
  intent: MessageIntent | 'any',
  react: (m: ReceivedMessage, f: EnrollmentFacts) => ScriptedEvent[],
) => {
  let done = false;
  return (message: ReceivedMessage, facts: EnrollmentFacts): ScriptedEvent[] => {
    if (done || (intent !== 'any' && message.intent !== intent)) return [];
    done = true;
    return react(message, facts);
  };
};

/** A date a few days after the message, in the borrower's calendar. */
const promiseDate = (m: ReceivedMessage, f: EnrollmentFacts, days: number) =>
  localDate(addDuration(m.at, `P${days}D`), f.borrower.timezone);

type PersonaFactory = () => Persona;

/**
 * The built-in personas. Factories, because a persona remembers what it already did during one
 * simulation (the first reminder, say).
 */
export const personaFactories: Record<string, PersonaFactory> = {
  silent: () => ({ name: 'silent', description: 'Never answers, never pays' }),
  paysAfterFirstReminder: () => ({
    name: 'paysAfterFirstReminder',
    description: 'Pays in full a few hours after the first reminder',
    onMessage: once('reminder', (_m, f) => [
      { after: 'PT3H', type: 'payment.received', data: { amount: f.account.amountDue } },
      { after: 'PT4H', type: 'payment.settled', data: { amount: f.account.amountDue } },
    ]),
  }),
  promisesAndKeeps: () => ({
    name: 'promisesAndKeeps',
    description: 'Picks a date 3 days out when asked, and pays on that date',
    onMessage: once('promise.request', (m, f) => [
      { after: 'PT1H', type: 'ptp.promised', data: { date: promiseDate(m, f, 3) } },
      { after: 'P3D', type: 'payment.received', data: { amount: f.account.amountDue } },
      { after: 'P3DT1H', type: 'payment.settled', data: { amount: f.account.amountDue } },
    ]),
  }),
  promisesAndBreaks: () => ({
    name: 'promisesAndBreaks',
    description: 'Picks a date 3 days out when asked, then does not pay',
    onMessage: once('promise.request', (m, f) => [
      { after: 'PT1H', type: 'ptp.promised', data: { date: promiseDate(m, f, 3) } },
    ]),
  }),
  acceptsPlan: () => ({
    name: 'acceptsPlan',
    description: 'Accepts the first repayment plan offered',
    onMessage: once('plan.offer', () => [
      { after: 'PT2H', type: 'plan.accepted', data: { option: 0 } },
    ]),
  }),
  watchesLessonThenPays: () => ({
    name: 'watchesLessonThenPays',
    description: 'Watches the lesson within an hour, pays in full the next day',
    onMessage: once('lesson', (_m, f) => [
      { after: 'PT1H', type: 'lesson.watched', data: {} },
      { after: 'P1D', type: 'payment.received', data: { amount: f.account.amountDue } },
      { after: 'P1DT1H', type: 'payment.settled', data: { amount: f.account.amountDue } },
    ]),
  }),
  asksForHardship: () => ({
    name: 'asksForHardship',
    description: 'Asks for help with hardship after the first message',
    onMessage: once('any', () => [
      {
        after: 'PT3H',
        type: 'hardship.requested',
        data: { category: 'income', note: 'Lost my job' },
      },
    ]),
  }),
  optsOut: () => ({
    name: 'optsOut',
    description: 'Opts out of the channel of the first message',
    onMessage: once('any', (m) => [
      { after: 'PT1H', type: 'contact.optedOut', data: { channel: m.channel } },
    ]),
  }),
};

export const personaNames = Object.keys(personaFactories);

/** What a manager calls each built-in persona, for lists and pickers (ids stay the API's). */
const personaLabels: Record<string, string> = {
  silent: 'Never answers',
  paysAfterFirstReminder: 'Pays after the first reminder',
  promisesAndKeeps: 'Promises, then pays on the day',
  promisesAndBreaks: 'Promises, then does not pay',
  acceptsPlan: 'Accepts a repayment plan',
  watchesLessonThenPays: 'Watches the lesson, then pays',
  asksForHardship: 'Asks for hardship help',
  optsOut: 'Opts out of messages',
};

/**
 * A persona's name in plain words; its id when it has none (a scripted persona).
 * @example personaLabel('promisesAndBreaks') // 'Promises, then does not pay'
 */
export function personaLabel(name: string): string {
  return personaLabels[name] ?? name;
}

/** A fresh persona by name; undefined for an unknown name. */
export function persona(name: string): Persona | undefined {
  return personaFactories[name]?.();
}

/** A persona that only follows an explicit script of events. */
export function scriptedPersona(script: ScriptedEvent[], name = 'script'): Persona {
  return { name, description: 'Follows an explicit event script', script };
}
