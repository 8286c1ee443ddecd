/// <reference types="node" />
// Fills the generated blocks of docs/api.md (roles table) and docs/security.md (audited actions).
// `npm run gen` runs it; `--check` only tells whether a committed file is stale (exit 1 if so).
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { withGeneratedBlocks } from '../src/http/access/access-docs';

for (const name of ['api.md', 'security.md']) {
  const target = fileURLToPath(new URL(`../../../docs/${name}`, import.meta.url));
  const current = readFileSync(target, 'utf8');
  const fresh = withGeneratedBlocks(current);
  if (current === fresh) console.log(`docs/${name} is up to date.`);
  else if (process.argv.includes('--check')) {
    console.error(`docs/${name} is stale: run \`npm run gen\` and commit it.`);
    process.exitCode = 1;
  } else {
    writeFileSync(target, fresh);
    console.log(`wrote docs/${name}`);
  }
}
