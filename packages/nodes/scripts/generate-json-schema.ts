/// <reference types="node" />
// Writes packages/nodes/journey.schema.json: the JSON Schema of journey/v1 for the built-in
// catalogue (Monaco in the editor and other tools read it). `npm run gen` runs it;
// `npm run gen -- --check` only tells whether the committed file is stale (exit 1 if so).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { journeyJsonSchema } from '@tandem/dsl';
import { builtInCatalogue } from '../src/index';

const target = fileURLToPath(new URL('../journey.schema.json', import.meta.url));
const shown = 'packages/nodes/journey.schema.json';
const fresh = `${JSON.stringify(journeyJsonSchema(builtInCatalogue), null, 2)}\n`;
const current = existsSync(target) ? readFileSync(target, 'utf8') : undefined;

if (process.argv.includes('--check')) {
  if (current === fresh) {
    console.log(`${shown} is up to date.`);
  } else {
    console.error(
      `${shown} is ${current === undefined ? 'missing' : 'stale'}: run \`npm run gen\` and commit it.`,
    );
    process.exitCode = 1;
  }
} else if (current === fresh) {
  console.log(`${shown} is up to date.`);
} else {
  writeFileSync(target, fresh);
  console.log(`wrote ${shown}`);
}
