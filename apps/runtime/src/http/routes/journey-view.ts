// A journey as the API answers it (draft, its problems, its versions), and a draft write from a
// document: shared by the draft, create and restore routes.
import { validateJourney, type JsonValue } from '@tandem/dsl';
import type { Database } from '../../db/client';
import { findJourney, listVersions, type DraftWrite } from '../../db/queries/journeys';
import { runtimeCatalogue } from '../../node-catalogue';
import { draftEtag } from './draft-etag';
import { journeyNotFound } from './journeys-schemas';

export const check = (document: unknown) => validateJourney(document, runtimeCatalogue);

/** The document's own name and description for lists, falling back to the id. */
export function draftWrite(
  document: Record<string, unknown> & { id: string },
  by: string,
  at: Date,
): DraftWrite {
  const { name, description } = document;
  return {
    name: typeof name === 'string' && name !== '' ? name : document.id,
    description: typeof description === 'string' ? description : null,
    draft: document as JsonValue,
    by,
    at: at.toISOString(),
  };
}

/** The journey with its draft's problems and its versions; 404 when there is none. */
export async function journeyView(deps: { db: Database }, id: string) {
  const journey = await findJourney(deps.db, id);
  if (!journey) throw journeyNotFound(id);
  const { ok, problems } = check(journey.draft);
  return {
    ...journey,
    draftEtag: draftEtag(journey.draftRevision),
    ok,
    problems,
    versions: await listVersions(deps.db, id),
  };
}
