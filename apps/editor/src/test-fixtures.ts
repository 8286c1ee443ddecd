import { useDocument } from './document/document-store';
import { resetHistory } from './document/history';
import { readDocument } from './document/journey-document';
import { exampleJourneys } from './journeys/examples';

/** Opens a journey/v1 document in the document store, with an empty undo history. */
export function openDocument(document: Record<string, unknown>): void {
  const reading = readDocument(document);
  if (!reading.ok) throw new Error(reading.message);
  useDocument.setState(reading.document, true);
  resetHistory();
}

/** A small valid journey: wait → remind → end, in en and vi. */
export function smallJourney(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    dsl: 'journey/v1',
    id: 'small',
    name: 'Small',
    locales: ['en', 'vi'],
    defaultLocale: 'en',
    start: 'wait',
    nodes: [
      { id: 'wait', type: 'wait', config: { for: 'P2D' }, next: { done: 'hello' } },
      {
        id: 'hello',
        type: 'remind',
        config: {
          channel: 'sms',
          message: { en: 'Hi {{ borrower.firstName }}', vi: 'Chào {{ borrower.firstName }}' },
        },
        next: { sent: 'bye' },
      },
      { id: 'bye', type: 'end', config: { outcome: 'done' }, next: {} },
    ],
    ...overrides,
  };
}

/** The small journey with its reminder named in Vietnamese and its Vietnamese text missing. */
export function smallJourneyWithoutVi(): Record<string, unknown> {
  const doc = smallJourney();
  const nodes = doc.nodes as Array<Record<string, unknown>>;
  nodes[1] = {
    ...nodes[1],
    label: 'Nhắc lần 1',
    config: { channel: 'sms', message: { en: 'Hi' } },
  };
  return doc;
}

export const ladderExample = () =>
  structuredClone(exampleJourneys.find((e) => e.id === 'first-time-borrower')!.document);

/**
 * The small journey's next version: "hello" says something else and leads to a new "call" step;
 * "bye" is gone (an added, a changed, a rewired and a removed step for the diff tests).
 */
export function smallJourneyChanged(): Record<string, unknown> {
  return smallJourney({
    nodes: [
      { id: 'wait', type: 'wait', config: { for: 'P2D' }, next: { done: 'hello' } },
      {
        id: 'hello',
        type: 'remind',
        label: 'First reminder',
        config: { channel: 'sms', message: { en: 'Hello', vi: 'Chào' } },
        next: { sent: 'call' },
      },
      { id: 'call', type: 'end', label: 'Call ends it', config: { outcome: 'done' }, next: {} },
    ],
  });
}
