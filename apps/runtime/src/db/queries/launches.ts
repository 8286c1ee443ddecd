// Launch records (one per journey) and their holdouts. Results read heldOutAccounts() to compare
// a journey's enrollments with the accounts it matched and left alone.
import type { Condition } from '@tandem/dsl';
import { and, asc, count, desc, eq, inArray } from 'drizzle-orm';
import type { Database } from '../client';
import { toIso } from '../instants';
import {
  enrollments,
  journeyVersions,
  launches,
  launchHoldouts,
  type LaunchStatus,
} from '../schema';
import type { LiveLaunch } from '../../audiences/choose-launch';
import { liveStatuses } from './enrollments';

export interface LaunchSettings {
  rules: Condition;
  priority: number;
  holdoutPercent: number;
  reentryCooloffDays: number;
}

export interface LaunchView extends LaunchSettings {
  id: string;
  journeyId: string;
  status: LaunchStatus;
  createdBy: string;
  updatedBy: string;
  createdAt: string;
  updatedAt: string;
}

type LaunchRow = typeof launches.$inferSelect;
const toView = (row: LaunchRow): LaunchView => ({
  id: row.id,
  journeyId: row.journeyId,
  rules: row.rules as unknown as Condition,
  priority: row.priority,
  holdoutPercent: row.holdoutPercent,
  reentryCooloffDays: row.reentryCooloffDays,
  status: row.status,
  createdBy: row.createdBy,
  updatedBy: row.updatedBy,
  createdAt: toIso(row.createdAt),
  updatedAt: toIso(row.updatedAt),
});

/** The journey's launch, or null when it has none yet. */
export async function findLaunch(db: Database, journeyId: string): Promise<LaunchView | null> {
  const [row] = await db.select().from(launches).where(eq(launches.journeyId, journeyId)).limit(1);
  return row ? toView(row) : null;
}

/**
 * Creates the journey's launch as a draft, or changes its settings (its status stays).
 * @example await saveLaunch(db, 'gentle-ladder', settings, 'ops', new Date())
 */
export async function saveLaunch(
  db: Database,
  journeyId: string,
  settings: LaunchSettings,
  by: string,
  now: Date,
): Promise<{ launch: LaunchView; created: boolean }> {
  const at = now.toISOString();
  const values = { ...settings, rules: settings.rules as never, updatedBy: by, updatedAt: at };
  const [updated] = await db
    .update(launches)
    .set(values)
    .where(eq(launches.journeyId, journeyId))
    .returning();
  if (updated) return { launch: toView(updated), created: false };
  const [inserted] = await db
    .insert(launches)
    .values({ journeyId, ...values, createdBy: by, createdAt: at })
    .returning();
  return { launch: toView(inserted!), created: true };
}

/** Moves a launch to another status. */
export async function setLaunchStatus(
  db: Database,
  id: string,
  status: LaunchStatus,
  by: string,
  now: Date,
): Promise<LaunchView> {
  const [row] = await db
    .update(launches)
    .set({ status, updatedBy: by, updatedAt: now.toISOString() })
    .where(eq(launches.id, id))
    .returning();
  return toView(row!);
}

/**
 * Live launches with their journey's latest published version, by priority (then age), as
 * audience evaluation tries them.
 */
export async function liveLaunches(db: Database): Promise<LiveLaunch[]> {
  const latest = db
    .selectDistinctOn([journeyVersions.journeyId], {
      journeyId: journeyVersions.journeyId,
      versionId: journeyVersions.id,
    })
    .from(journeyVersions)
    .orderBy(journeyVersions.journeyId, desc(journeyVersions.version))
    .as('latest');
  const rows = await db
    .select({ launch: launches, versionId: latest.versionId })
    .from(launches)
    .innerJoin(latest, eq(latest.journeyId, launches.journeyId))
    .where(eq(launches.status, 'live'))
    .orderBy(asc(launches.priority), asc(launches.createdAt), asc(launches.id));
  return rows.map(({ launch, versionId }) => ({
    id: launch.id,
    journeyId: launch.journeyId,
    journeyVersionId: versionId,
    rules: launch.rules as unknown as Condition,
    priority: launch.priority,
    holdoutPercent: launch.holdoutPercent,
    reentryCooloffDays: launch.reentryCooloffDays,
  }));
}

/** Live (pending or running) enrollments in any version of a journey. */
export async function liveEnrollmentIdsOfJourney(
  db: Database,
  journeyId: string,
): Promise<string[]> {
  const rows = await db
    .select({ id: enrollments.id })
    .from(enrollments)
    .innerJoin(journeyVersions, eq(journeyVersions.id, enrollments.journeyVersionId))
    .where(
      and(eq(journeyVersions.journeyId, journeyId), inArray(enrollments.status, liveStatuses)),
    );
  return rows.map((row) => row.id);
}

/** How many held-out rows a launch has. */
export async function holdoutCount(db: Database, launchId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(launchHoldouts)
    .where(eq(launchHoldouts.launchId, launchId));
  return row?.n ?? 0;
}

export interface HeldOutAccount {
  launchId: string;
  borrowerId: string;
  accountId: string;
  heldOutAt: string;
}

/**
 * Every account a journey's launch held out, with when: the comparison group of the journey's
 * results (an account is recorded once per launch, the first time it matched).
 * @example const control = await heldOutAccounts(db, 'gentle-ladder')
 */
export async function heldOutAccounts(db: Database, journeyId: string): Promise<HeldOutAccount[]> {
  const rows = await db
    .select({
      launchId: launchHoldouts.launchId,
      borrowerId: launchHoldouts.borrowerId,
      accountId: launchHoldouts.accountId,
      heldOutAt: launchHoldouts.heldOutAt,
    })
    .from(launchHoldouts)
    .where(eq(launchHoldouts.journeyId, journeyId))
    .orderBy(asc(launchHoldouts.heldOutAt), asc(launchHoldouts.accountId));
  return rows.map((row) => ({ ...row, heldOutAt: toIso(row.heldOutAt) }));
}
