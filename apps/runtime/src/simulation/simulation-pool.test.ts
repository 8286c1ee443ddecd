import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { personaNames } from '@tandem/dsl';
import { afterAll, describe, expect, it } from 'vitest';
import { chunks, packResults, slices, unpackResults, type PopulationInput } from './population';
import { simulatePopulation, startPopulationPool } from './one-off-pool';
import { SimulationPool } from './simulation-pool';

const examples = join(import.meta.dirname, '..', '..', '..', '..', 'examples');
const readJson = (...path: string[]): unknown =>
  JSON.parse(readFileSync(join(examples, ...path), 'utf8'));
const borrowers = readdirSync(join(examples, 'borrowers'))
  .filter((file) => file.endsWith('.json'))
  .sort()
  .map((file) => ({
    name: file.slice(0, -'.json'.length),
    facts: readJson('borrowers', file) as PopulationInput['borrowers'][number]['facts'],
  }));

const population = (journey: string, count: number): PopulationInput => ({
  journey: readJson(`${journey}.journey.json`),
  borrowers,
  personas: [...personaNames],
  count,
  start: '2026-10-20T22:30:00Z',
  days: 30,
  idPrefix: journey,
  detail: true,
});

describe('slices', () => {
  it('cuts a population into contiguous, nearly equal parts that cover it once', () => {
    expect(slices(10, 3)).toEqual([
      { from: 0, to: 4 },
      { from: 4, to: 7 },
      { from: 7, to: 10 },
    ]);
    expect(slices(2, 8)).toEqual([
      { from: 0, to: 1 },
      { from: 1, to: 2 },
    ]);
    expect(slices(0, 2)).toEqual([{ from: 0, to: 0 }]);
  });
});

describe('chunks and packed results', () => {
  it('cuts a population into chunks of a size, the last one shorter', () => {
    expect(chunks(10, 4)).toEqual([
      { from: 0, to: 4 },
      { from: 4, to: 8 },
      { from: 8, to: 10 },
    ]);
    expect(chunks(0, 4)).toEqual([]);
  });

  it('packs results into a name table and integers, and unpacks them as they were', () => {
    const results = [
      { persona: 'silent', borrower: 'lan-vi', outcome: 'paid', steps: 12, sent: 3 },
      { persona: 'optsOut', borrower: 'lan-vi', outcome: null, steps: 4, sent: 0 },
      { persona: 'silent', borrower: 'maria-es', outcome: 'paid', steps: 7, sent: 1, detail: '{}' },
    ];
    const packed = packResults(results.slice(0, 2));
    expect(packed.names).toEqual(['silent', 'lan-vi', 'paid', 'optsOut']);
    expect(packed.cases).toBeInstanceOf(Int32Array);
    expect(unpackResults(packed)).toEqual(results.slice(0, 2));
    const withDetail = [
      { ...results[0]!, detail: 'a' },
      { ...results[2]!, detail: 'b' },
    ];
    expect(unpackResults(packResults(withDetail))).toEqual(withDetail);
  });
});

describe('SimulationPool', () => {
  // The calling thread does not help here: every chunk runs on one of the two threads.
  const pool = new SimulationPool(2, { chunkSize: 7, callerHelpsWhileStarting: false });
  afterAll(() => pool.close());

  it.each(['first-time-borrower', 'promise-ladder', 'hardship-and-vulnerability'])(
    'gives %s on two threads exactly what one thread gives, in the same order',
    async (journey) => {
      // 8 personas × 5 borrowers, twice round: every pair on both threads.
      const input = population(journey, 80);
      const threaded = await pool.run(input);
      const inline = await new SimulationPool(1).run(input);
      expect(threaded).toHaveLength(80);
      expect(threaded.map((r) => r.detail)).toEqual(inline.map((r) => r.detail));
      expect(threaded).toEqual(inline);
      // Not a trivially empty run: the mix reaches several outcomes and sends messages.
      expect(new Set(threaded.map((r) => r.outcome)).size).toBeGreaterThan(2);
      expect(threaded.some((r) => r.sent > 0)).toBe(true);
    },
    120_000,
  );

  it('rejects with the journey problem when a thread cannot compile the journey', async () => {
    const input = { ...population('first-time-borrower', 4), journey: { dsl: 'journey/v1' } };
    await expect(pool.run(input)).rejects.toThrow(/the journey is not valid/);
  });

  it('runs one population after another on the same warm threads', async () => {
    const input = { ...population('promise-ladder', 30), detail: false };
    const first = await pool.run(input);
    const again = await pool.run({ ...input });
    expect(again).toEqual(first);
    expect(first).toHaveLength(30);
  });

  it('gives the same results when the calling thread helps while threads start', async () => {
    const input = population('first-time-borrower', 40);
    const helped = new SimulationPool(2, { chunkSize: 5 });
    try {
      const [threaded, inline] = await Promise.all([
        helped.run(input),
        new SimulationPool(1).run(input),
      ]);
      expect(threaded).toEqual(inline);
    } finally {
      await helped.close();
    }
  });

  it('gives the same results when the calling thread is one of the threads throughout', async () => {
    const input = population('hardship-and-vulnerability', 120);
    const shared = new SimulationPool(2, { chunkSize: 3, callerIsAThread: true });
    try {
      const threaded = await shared.run(input);
      const inline = await new SimulationPool(1).run(input);
      expect(threaded).toEqual(inline);
      const stats = shared.lastRunStats;
      // Every borrower ran once, on the caller or on the one worker; the caller worked throughout.
      expect((stats?.borrowersOnCaller ?? 0) + (stats?.borrowersOnThreads ?? 0)).toBe(120);
      expect(stats?.borrowersOnCaller).toBeGreaterThan(0);
    } finally {
      await shared.close();
    }
  }, 120_000);

  it('sizes a one-off pool: the caller alone for small work, one thread per idle core for large, or as asked', async () => {
    const quiet = { cores: 2, load: 0.3 };
    const month = (count: number) => ({ count, days: 30 });
    const pools = {
      small: startPopulationPool(month(999), undefined, quiet),
      // 10,000 × 30 days: measured faster on the caller alone than on a cold pool of two.
      tenThousand: startPopulationPool(month(10_000), undefined, quiet),
      large: startPopulationPool(month(20_000), undefined, quiet),
      longer: startPopulationPool({ count: 10_000, days: 60 }, undefined, quiet),
      halfBusy: startPopulationPool(month(20_000), undefined, { cores: 4, load: 1.6 }),
      busy: startPopulationPool(month(20_000), undefined, { cores: 2, load: 1.7 }),
      chosen: startPopulationPool(month(10_000), 2, { cores: 2, load: 25 }),
      tiny: startPopulationPool(month(1), 2, quiet),
    };
    try {
      expect(
        Object.fromEntries(Object.entries(pools).map(([k, pool]) => [k, pool.threads])),
      ).toEqual({
        small: 1,
        tenThousand: 1,
        large: 2,
        longer: 2,
        halfBusy: 2,
        busy: 1,
        chosen: 2,
        tiny: 1,
      });
    } finally {
      await Promise.all(Object.values(pools).map((pool) => pool.close()));
    }
  });

  it('starts and stops a pool for one population', async () => {
    const results = await simulatePopulation(
      { ...population('promise-ladder', 6), detail: false },
      2,
    );
    expect(results.map((r) => r.persona)).toEqual(personaNames.slice(0, 6));
    expect(results.every((r) => r.detail === undefined)).toBe(true);
  });
});
