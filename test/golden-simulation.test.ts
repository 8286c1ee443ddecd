// A byte-for-byte guard for performance work on the engine, the policy, the templates and the
// simulator: every example journey × every persona × every sample borrower, from two starts (one
// across the March DST changes, one across the October/November ones), must produce exactly the
// outcome, timeline, state and step count recorded in test/fixtures/golden-simulation.json.
// Regenerate the fixture only for an intended behaviour change: UPDATE_GOLDEN=1 vitest run …
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileJourneyOrThrow, persona, personaNames, simulate } from '@tandem/dsl';
import { builtInCatalogue } from '@tandem/nodes';
import { describe, expect, it } from 'vitest';

const examplesDir = join(import.meta.dirname, '..', 'examples');
const fixturePath = join(import.meta.dirname, 'fixtures', 'golden-simulation.json');
const readJson = (...path: string[]): unknown =>
  JSON.parse(readFileSync(join(examplesDir, ...path), 'utf8'));

const journeyFiles = readdirSync(examplesDir)
  .filter((f) => f.endsWith('.journey.json'))
  .sort();
const borrowerFiles = readdirSync(join(examplesDir, 'borrowers'))
  .filter((f) => f.endsWith('.json'))
  .sort();
const starts = ['2026-03-02T09:00:00Z', '2026-10-20T22:30:00Z'];

/** Every case's key and its serialised result, in a fixed order. */
function runAll(): Record<string, string> {
  const results: Record<string, string> = {};
  for (const journeyFile of journeyFiles) {
    const journey = compileJourneyOrThrow(readJson(journeyFile), builtInCatalogue);
    for (const borrowerFile of borrowerFiles) {
      // Raw input, not pre-parsed: the simulator must parse the facts itself.
      const facts = readJson('borrowers', borrowerFile) as Parameters<typeof simulate>[0]['facts'];
      for (const name of personaNames) {
        for (const start of starts) {
          const { outcome, timeline, state, steps } = simulate({
            journey,
            facts,
            persona: persona(name)!,
            start,
            days: 30,
            enrollmentId: `golden-${name}-${borrowerFile.slice(0, -5)}`,
          });
          results[`${journeyFile} ${borrowerFile} ${name} ${start}`] = JSON.stringify({
            outcome,
            timeline,
            state,
            steps,
          });
        }
      }
    }
  }
  return results;
}

describe('golden simulations', () => {
  const actual = runAll();
  if (process.env.UPDATE_GOLDEN === '1' || !existsSync(fixturePath)) {
    writeFileSync(fixturePath, `${JSON.stringify(actual, null, 1)}\n`);
  }
  const expected = JSON.parse(readFileSync(fixturePath, 'utf8')) as Record<string, string>;

  it('covers every journey × borrower × persona × start', () => {
    expect(Object.keys(actual)).toEqual(Object.keys(expected));
    expect(Object.keys(actual)).toHaveLength(
      journeyFiles.length * borrowerFiles.length * personaNames.length * starts.length,
    );
  });

  it.each(Object.keys(expected))('%s is unchanged', (key) => {
    expect(actual[key]).toBe(expected[key]);
  });
});
