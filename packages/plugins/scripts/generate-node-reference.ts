/// <reference types="node" />
// Writes docs/node-reference.md from the node packages tandem.config.ts lists (through the
// generated schema module, so `npm run gen` writes that first). `--check` only tells whether the
// committed file is stale (exit 1 if so).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { nodePackages } from '../generated/nodes.schema.generated';
import { nodeReferenceMarkdown } from '../src/node-reference';

const target = fileURLToPath(new URL('../../../docs/node-reference.md', import.meta.url));
const fresh = nodeReferenceMarkdown(nodePackages);
const current = existsSync(target) ? readFileSync(target, 'utf8') : undefined;

if (current === fresh) console.log('docs/node-reference.md is up to date.');
else if (process.argv.includes('--check')) {
  console.error('docs/node-reference.md is stale: run `npm run gen` and commit it.');
  process.exitCode = 1;
} else {
  writeFileSync(target, fresh);
  console.log('wrote docs/node-reference.md');
}
