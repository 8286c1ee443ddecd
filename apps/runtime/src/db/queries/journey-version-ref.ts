// Which published version an enrollment pins: the one asked for, or the latest.
import { and, desc, eq } from 'drizzle-orm';
import type { Database } from '../client';
import { journeyVersions, journeys } from '../schema';

export interface VersionRef {
  id: string;
  journeyId: string;
  version: number;
}

export type VersionLookup =
  | { ok: true; version: VersionRef }
  | {
      ok: false;
      path: 'journeyId' | 'version';
      code: 'UNKNOWN_REFERENCE' | 'NOT_PUBLISHED' | 'JOURNEY_ARCHIVED';
      message: string;
    };

const refColumns = {
  id: journeyVersions.id,
  journeyId: journeyVersions.journeyId,
  version: journeyVersions.version,
};

/**
 * The published version `version` of a journey, or its latest when `version` is omitted; when
 * there is none, or the journey is archived (no new enrollments), says which field is wrong and why.
 * @example const found = await publishedVersion(db, 'first-time-borrower'); if (found.ok) found.version.id
 */
export async function publishedVersion(
  db: Database,
  journeyId: string,
  version?: number,
): Promise<VersionLookup> {
  const [journey] = await db
    .select({ id: journeys.id, archivedAt: journeys.archivedAt })
    .from(journeys)
    .where(eq(journeys.id, journeyId))
    .limit(1);
  if (!journey) {
    const message = `no journey "${journeyId}"`;
    return { ok: false, path: 'journeyId', code: 'UNKNOWN_REFERENCE', message };
  }
  if (journey.archivedAt !== null) {
    const message = `journey "${journeyId}" is archived: unarchive it to enroll borrowers into it`;
    return { ok: false, path: 'journeyId', code: 'JOURNEY_ARCHIVED', message };
  }
  const [row] = await db
    .select(refColumns)
    .from(journeyVersions)
    .where(
      version === undefined
        ? eq(journeyVersions.journeyId, journeyId)
        : and(eq(journeyVersions.journeyId, journeyId), eq(journeyVersions.version, version)),
    )
    .orderBy(desc(journeyVersions.version))
    .limit(1);
  if (row) return { ok: true, version: row };
  if (version === undefined) {
    const message = `journey "${journeyId}" has no published version yet: publish it first`;
    return { ok: false, path: 'journeyId', code: 'NOT_PUBLISHED', message };
  }
  const message = `journey "${journeyId}" has no published version ${version}`;
  return { ok: false, path: 'version', code: 'NOT_PUBLISHED', message };
}
