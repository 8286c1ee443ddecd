/// <reference types="node" />
// Writes packages/api-client/generated (the OpenAPI document and its TypeScript types) from the
// routes. `npm run gen` runs it; `--check` only tells whether the committed files are stale.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { apiClientFiles } from '../src/api-client/api-client-files';

const root = fileURLToPath(new URL('../../../', import.meta.url));
for (const file of await apiClientFiles()) {
  const name = relative(root, file.path);
  const current = existsSync(file.path) ? readFileSync(file.path, 'utf8') : null;
  if (current === file.content) console.log(`${name} is up to date.`);
  else if (process.argv.includes('--check')) {
    console.error(`${name} is stale: run \`npm run gen\` and commit it.`);
    process.exitCode = 1;
  } else {
    writeFileSync(file.path, file.content);
    console.log(`wrote ${name}`);
  }
}
