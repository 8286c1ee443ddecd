// The committed client (packages/api-client/generated) is what the routes make today: regenerated
// in memory and compared file by file. Stale means a route changed without `npm run gen`.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { apiClientFiles } from './api-client-files';

describe('the generated API client', () => {
  it('is up to date with the routes (run `npm run gen` and commit when this fails)', async () => {
    const files = await apiClientFiles();
    expect(files.map((f) => f.path.replace(/.*packages\//, 'packages/'))).toEqual([
      'packages/api-client/generated/openapi.json',
      'packages/api-client/generated/api-types.ts',
    ]);
    for (const file of files) {
      const committed = readFileSync(file.path, 'utf8');
      // Compared whole (not as a diff in the report): a stale file is several kB of noise.
      expect(committed === file.content, `${file.path} is stale: run \`npm run gen\``).toBe(true);
    }
  }, 120_000);
});
