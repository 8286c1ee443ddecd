import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { accessMatrix } from './access-matrix';
import { rolesTable, withGeneratedBlocks } from './access-docs';

const doc = (name: string) =>
  readFileSync(new URL(`../../../../../docs/${name}`, import.meta.url), 'utf8');

describe('the generated parts of the docs', () => {
  it.each(['api.md', 'security.md'])(
    'docs/%s matches a fresh generation (if not, run `npm run gen`)',
    (name) => {
      const committed = doc(name);
      expect(committed).toContain('<!-- BEGIN generated');
      expect(committed, `docs/${name} is stale: run \`npm run gen\``).toBe(
        withGeneratedBlocks(committed),
      );
    },
  );

  it('has a row per operation saying who may call it', () => {
    const table = rolesTable();
    expect(table.split('\n')).toHaveLength(accessMatrix.length + 2);
    expect(table).toContain('| `putBorrower` | `PUT /v1/borrowers/{externalId}` | — | — | ✓ | ✓ |');
    expect(table).toContain(
      '| `signIn` | `POST /v1/session` | its key | its key | its key | its key |',
    );
  });
});
