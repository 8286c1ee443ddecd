/// <reference types="node" />
// Writes docs/node-reference.md from the built-in catalogue. `npm run gen` runs it;
// `--check` only tells whether the committed file is stale (exit 1 if so).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { builtInCatalogue, nodeReferenceMarkdown } from '../src/index';

const target = fileURLToPath(new URL('../../../docs/node-reference.md', import.meta.url));
const fresh = nodeReferenceMarkdown(builtInCatalogue);
const current = existsSync(target) ? readFileSync(target, 'utf8') : undefined;

if (current === fresh) console.log('docs/node-reference.md is up to date.');
else if (process.argv.includes('--check')) {
  console.error('docs/node-reference.md is stale: run `npm run gen` and commit it.');
  process.exitCode = 1;
} else {
  writeFileSync(target, fresh);
  console.log('wrote docs/node-reference.md');
}
