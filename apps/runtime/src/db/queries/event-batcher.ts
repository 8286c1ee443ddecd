// Group commit for POST /v1/events. Storing one event costs about one commit (a write-ahead-log
// flush on Postgres), and a server answering single events one commit each spends most of its
// time waiting for the disk. The batcher queues concurrent requests and stores them together,
// with one look-up and one INSERT (ingestEventGroups): requests that arrive while a flush is in
// flight, or within `windowMs` of the first, go in the next one. Each request still gets its own
// answer (duplicates, unknown references), exactly as if it had been stored alone. A flush that
// fails is retried request by request, so a request the database refuses fails alone.
import type { Database } from '../client';
import {
  ingestEventGroups,
  type EventInput,
  type IngestOutcome,
  type StoreOptions,
} from './events';

export interface EventBatcherOptions extends StoreOptions {
  /** How long the first request of an idle batcher waits for company; 0 waits for one turn of the event loop. */
  windowMs?: number;
  /** Flushes running at once (each holds a database connection until it commits). */
  maxInFlight?: number;
  /** Events per flush: requests are added while they fit; a request is never split. */
  maxEvents?: number;
}

export interface EventBatcher {
  /** Stores one request's events, all-or-nothing, with whatever else is waiting. */
  ingest(inputs: readonly EventInput[]): Promise<IngestOutcome>;
}

interface Waiting {
  inputs: readonly EventInput[];
  resolve(outcome: IngestOutcome): void;
  reject(error: unknown): void;
}

/**
 * A batcher over one database. Defaults: a 1 ms window, 2 flushes in flight, 2,000 events a flush.
 * @example const batcher = createEventBatcher(db); const outcome = await batcher.ingest(inputs);
 */
export function createEventBatcher(db: Database, options: EventBatcherOptions = {}): EventBatcher {
  const windowMs = options.windowMs ?? 1;
  const maxInFlight = options.maxInFlight ?? 2;
  const maxEvents = options.maxEvents ?? 2_000;
  let queue: Waiting[] = [];
  let inFlight = 0;
  let timer: NodeJS.Timeout | null = null;

  const take = (): Waiting[] => {
    let events = queue[0]!.inputs.length;
    let count = 1;
    while (count < queue.length && events + queue[count]!.inputs.length <= maxEvents) {
      events += queue[count]!.inputs.length;
      count += 1;
    }
    const taken = queue.slice(0, count);
    queue = queue.slice(count);
    return taken;
  };

  const flush = () => {
    timer = null;
    while (queue.length > 0 && inFlight < maxInFlight) {
      const taken = take();
      inFlight += 1;
      void store(db, taken, options).finally(() => {
        inFlight -= 1;
        // What queued meanwhile waited long enough: it goes at once.
        if (queue.length > 0 && timer === null) flush();
      });
    }
  };

  return {
    ingest: (inputs) =>
      new Promise<IngestOutcome>((resolve, reject) => {
        queue.push({ inputs, resolve, reject });
        if (timer === null && inFlight < maxInFlight) timer = setTimeout(flush, windowMs);
      }),
  };
}

async function store(
  db: Database,
  taken: readonly Waiting[],
  options: StoreOptions,
): Promise<void> {
  try {
    const outcomes = await ingestEventGroups(
      db,
      taken.map((waiting) => waiting.inputs),
      options,
    );
    taken.forEach((waiting, index) => waiting.resolve(outcomes[index]!));
  } catch (error) {
    if (taken.length === 1) {
      taken[0]!.reject(error);
      return;
    }
    // Nothing was written (one statement, or one transaction): each alone finds out whose it was.
    for (const waiting of taken) {
      await ingestEventGroups(db, [waiting.inputs], options).then(
        ([outcome]) => waiting.resolve(outcome!),
        (alone: unknown) => waiting.reject(alone),
      );
    }
  }
}
