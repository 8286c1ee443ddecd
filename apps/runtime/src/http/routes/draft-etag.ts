// The draft's ETag and If-Match: a save names the draft revision it was made from, so a save from
// a stale copy (another tab, another person) is refused instead of silently overwriting.
import { z } from '@hono/zod-openapi';

/** The draft's ETag for a revision: a strong validator, `"7"`. */
export const draftEtag = (revision: number) => `"${revision}"`;

const etagList = /^\s*(\*|"\d{1,10}"(\s*,\s*"\d{1,10}")*)\s*$/;

export const ifMatchHeader = z.object({
  'if-match': z
    .string()
    .regex(etagList, 'an ETag from GET /v1/journeys/{id} such as "7", a list of them, or *')
    .optional()
    .openapi({
      param: { name: 'if-match', in: 'header' },
      example: '"7"',
      description:
        'The draft ETag this save was made from. A stale one is refused with 412. Optional for API keys ' +
        '(without it the save replaces whatever is there); required for web-app sessions (428 without).',
    }),
});

/**
 * The revisions an If-Match header accepts; `'any'` for `*` (or no header).
 * @example acceptedRevisions('"3", "4"') // [3, 4]
 */
export function acceptedRevisions(ifMatch: string | undefined): number[] | 'any' {
  if (ifMatch === undefined || ifMatch.trim() === '*') return 'any';
  // A revision past Postgres' integer range was never issued; it matches nothing.
  return [...ifMatch.matchAll(/"(\d+)"/g)]
    .map((match) => Number(match[1]))
    .filter((revision) => revision <= 2_147_483_647);
}

export const etagHeaderDoc = {
  ETag: {
    description: 'The draft’s ETag: send it back as If-Match when saving',
    schema: { type: 'string' as const, example: '"7"' },
  },
};
