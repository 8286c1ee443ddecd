import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { personaNames } from '@tandem/dsl';
import { afterAll, describe, expect, it } from 'vitest';
import { slices, type PopulationInput } from './population';
import { SimulationPool, simulatePopulation } from './simulation-pool';

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

describe('SimulationPool', () => {
  const pool = new SimulationPool(2);
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

  it('starts and stops a pool for one population', async () => {
    const results = await simulatePopulation(
      { ...population('promise-ladder', 6), detail: false },
      2,
    );
    expect(results.map((r) => r.persona)).toEqual(personaNames.slice(0, 6));
    expect(results.every((r) => r.detail === undefined)).toBe(true);
  });
});
