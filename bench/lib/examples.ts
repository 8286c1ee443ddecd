import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtInCatalogue, compileJourneyOrThrow } from './tandem';
import type { CompiledJourney, EnrollmentFactsInput } from './tandem';

const examplesDir = join(import.meta.dirname, '..', '..', 'examples');

function readJson(...path: string[]): unknown {
  return JSON.parse(readFileSync(join(examplesDir, ...path), 'utf8')) as unknown;
}

/** An example journey's JSON as written (for what compiles it elsewhere, e.g. in a thread). */
export function exampleJourneyJson(name: string): unknown {
  return readJson(`${name}.journey.json`);
}

/**
 * An example journey (examples/<name>.journey.json), compiled with the built-in catalogue.
 * @example const journey = exampleJourney('first-time-borrower');
 */
export function exampleJourney(name: string): CompiledJourney {
  return compileJourneyOrThrow(exampleJourneyJson(name), builtInCatalogue);
}

/**
 * A sample borrower (examples/borrowers/<name>.json) as enrollment facts. Not parsed here:
 * `startEnrollment` parses facts itself, and the benches should pay that cost as drivers do.
 * @example const lan = exampleBorrower('lan-vi');
 */
export function exampleBorrower(name: string): EnrollmentFactsInput {
  return readJson('borrowers', `${name}.json`) as EnrollmentFactsInput;
}

/** Every sample borrower, by file name without ".json", in name order. */
export function exampleBorrowers(): { name: string; facts: EnrollmentFactsInput }[] {
  return readdirSync(join(examplesDir, 'borrowers'))
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => {
      const name = file.slice(0, -'.json'.length);
      return { name, facts: exampleBorrower(name) };
    });
}
