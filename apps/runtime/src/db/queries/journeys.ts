// Journeys and their published versions. Drafts change freely; versions are written once, here,
// and never updated or deleted.
import type { JsonValue } from '@tandem/dsl';
import type { NodeOrigin } from '@tandem/plugins';
import { and, asc, desc, eq, inArray, max, sql } from 'drizzle-orm';
import type { Database } from '../client';
import { journeys, journeyVersions } from '../schema';
import { toIso } from '../instants';

export interface JourneyRecord {
  id: string;
  name: string;
  description: string | null;
  draft: JsonValue;
  draftUpdatedBy: string | null;
  /** Goes up by one on every draft write; the draft's ETag is made from it. */
  draftRevision: number;
  archivedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface JourneyListItem {
  id: string;
  name: string;
  draft: JsonValue;
  updatedAt: string;
  archivedAt: string | null;
  latestVersion: number | null;
  latestPublishedAt: string | null;
}

export interface VersionSummary {
  version: number;
  contentHash: string;
  author: string;
  note: string | null;
  publishedAt: string;
}

export interface JourneyVersionRecord extends VersionSummary {
  journeyId: string;
  document: JsonValue;
}

/** What a draft save writes: the document, and the name and description shown in lists. */
export interface DraftWrite {
  name: string;
  description: string | null;
  draft: JsonValue;
  by: string;
  /** The app's clock, ISO 8601. */
  at: string;
}

const journeyColumns = {
  id: journeys.id,
  name: journeys.name,
  description: journeys.description,
  draft: journeys.draft,
  draftUpdatedBy: journeys.draftUpdatedBy,
  draftRevision: journeys.draftRevision,
  archivedAt: journeys.archivedAt,
  createdAt: journeys.createdAt,
  updatedAt: journeys.updatedAt,
};
const toJourney = (row: JourneyRecord): JourneyRecord => ({
  ...row,
  createdAt: toIso(row.createdAt),
  updatedAt: toIso(row.updatedAt),
  archivedAt: row.archivedAt === null ? null : toIso(row.archivedAt),
});

const summaryColumns = {
  version: journeyVersions.version,
  contentHash: journeyVersions.contentHash,
  author: journeyVersions.author,
  note: journeyVersions.note,
  publishedAt: journeyVersions.publishedAt,
};
const toSummary = (row: VersionSummary): VersionSummary => ({
  ...row,
  publishedAt: toIso(row.publishedAt),
});

/** Stores a new journey with its draft; null when the id is taken. */
export async function insertJourney(
  db: Database,
  input: DraftWrite & { id: string },
): Promise<JourneyRecord | null> {
  const [row] = await db
    .insert(journeys)
    .values({
      id: input.id,
      name: input.name,
      description: input.description,
      draft: input.draft,
      draftUpdatedBy: input.by,
      createdAt: input.at,
      updatedAt: input.at,
    })
    .onConflictDoNothing({ target: journeys.id })
    .returning(journeyColumns);
  return row ? toJourney(row) : null;
}

/**
 * Replaces a journey's draft and moves its revision on by one; null when there is no such
 * journey. With `expectedRevisions`, the write happens only if the draft is still at one of
 * them (one conditional UPDATE, so two saves from the same base cannot both pass);
 * otherwise `{ stale: current }`.
 */
export async function saveDraft(
  db: Database,
  id: string,
  input: DraftWrite,
  expectedRevisions?: number[],
): Promise<JourneyRecord | { stale: JourneyRecord } | null> {
  const stale = async () => {
    const current = await findJourney(db, id);
    return current ? { stale: current } : null;
  };
  if (expectedRevisions?.length === 0) return stale();
  const [row] = await db
    .update(journeys)
    .set({
      name: input.name,
      description: input.description,
      draft: input.draft,
      draftUpdatedBy: input.by,
      draftRevision: sql`${journeys.draftRevision} + 1`,
      updatedAt: input.at,
    })
    .where(
      expectedRevisions === undefined
        ? eq(journeys.id, id)
        : and(eq(journeys.id, id), inArray(journeys.draftRevision, expectedRevisions)),
    )
    .returning(journeyColumns);
  if (row) return toJourney(row);
  return expectedRevisions === undefined ? null : stale();
}

/** Archives (`at`) or unarchives (null) a journey; null when there is no such journey. */
export async function setJourneyArchived(
  db: Database,
  id: string,
  at: string | null,
): Promise<JourneyRecord | null> {
  const [row] = await db
    .update(journeys)
    .set({ archivedAt: at })
    .where(eq(journeys.id, id))
    .returning(journeyColumns);
  return row ? toJourney(row) : null;
}

export async function findJourney(db: Database, id: string): Promise<JourneyRecord | null> {
  const [row] = await db.select(journeyColumns).from(journeys).where(eq(journeys.id, id));
  return row ? toJourney(row) : null;
}

/** Every journey by id, with its latest published version if it has one. */
export async function listJourneys(db: Database): Promise<JourneyListItem[]> {
  const latest = db
    .selectDistinctOn([journeyVersions.journeyId], {
      journeyId: journeyVersions.journeyId,
      version: journeyVersions.version,
      publishedAt: journeyVersions.publishedAt,
    })
    .from(journeyVersions)
    .orderBy(journeyVersions.journeyId, desc(journeyVersions.version))
    .as('latest');
  const rows = await db
    .select({
      id: journeys.id,
      name: journeys.name,
      draft: journeys.draft,
      updatedAt: journeys.updatedAt,
      archivedAt: journeys.archivedAt,
      latestVersion: latest.version,
      latestPublishedAt: latest.publishedAt,
    })
    .from(journeys)
    .leftJoin(latest, eq(latest.journeyId, journeys.id))
    .orderBy(asc(journeys.id));
  return rows.map((row) => ({
    ...row,
    updatedAt: toIso(row.updatedAt),
    archivedAt: row.archivedAt === null ? null : toIso(row.archivedAt),
    latestPublishedAt: row.latestPublishedAt === null ? null : toIso(row.latestPublishedAt),
  }));
}

/** A journey's versions, newest first. */
export async function listVersions(db: Database, journeyId: string): Promise<VersionSummary[]> {
  const rows = await db
    .select(summaryColumns)
    .from(journeyVersions)
    .where(eq(journeyVersions.journeyId, journeyId))
    .orderBy(desc(journeyVersions.version));
  return rows.map(toSummary);
}

export async function findVersion(
  db: Database,
  journeyId: string,
  version: number,
): Promise<JourneyVersionRecord | null> {
  const [row] = await db
    .select({
      ...summaryColumns,
      journeyId: journeyVersions.journeyId,
      document: journeyVersions.document,
    })
    .from(journeyVersions)
    .where(and(eq(journeyVersions.journeyId, journeyId), eq(journeyVersions.version, version)));
  return row ? { ...row, publishedAt: toIso(row.publishedAt) } : null;
}

/**
 * Publishes content as the next version, or returns the version that already has this content
 * (`created: false`). Null when the journey does not exist.
 *
 * Publishes of one journey queue on a lock of its row, so the next number and the "same content"
 * check both see every version committed before; the unique indexes on (journey, number) and
 * (journey, hash) are the backstop should anything write versions without that lock.
 */
export async function publishVersion(
  db: Database,
  input: {
    journeyId: string;
    contentHash: string;
    document: JsonValue;
    /** Each node's parsed config (defaults filled), by node id: what the workflow runs. */
    parsedConfigs: Record<string, JsonValue>;
    author: string;
    note: string | null;
    at: string;
    /** Where each node type the version uses comes from (see node-catalogue.ts). */
    nodes: NodeOrigin[];
  },
): Promise<{ version: VersionSummary; created: boolean } | null> {
  return db.transaction(async (tx) => {
    const [journey] = await tx
      .select({ id: journeys.id })
      .from(journeys)
      .where(eq(journeys.id, input.journeyId))
      .for('update');
    if (!journey) return null;
    const [existing] = await tx
      .select(summaryColumns)
      .from(journeyVersions)
      .where(
        and(
          eq(journeyVersions.journeyId, input.journeyId),
          eq(journeyVersions.contentHash, input.contentHash),
        ),
      );
    if (existing) return { version: toSummary(existing), created: false };
    const [last] = await tx
      .select({ version: max(journeyVersions.version) })
      .from(journeyVersions)
      .where(eq(journeyVersions.journeyId, input.journeyId));
    const [row] = await tx
      .insert(journeyVersions)
      .values({
        journeyId: input.journeyId,
        version: (last?.version ?? 0) + 1,
        contentHash: input.contentHash,
        document: input.document,
        parsedConfigs: input.parsedConfigs,
        author: input.author,
        note: input.note,
        publishedAt: input.at,
        nodes: input.nodes,
      })
      .returning(summaryColumns);
    return { version: toSummary(row!), created: true };
  });
}
