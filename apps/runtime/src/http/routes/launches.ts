// A journey's launch: who enters it automatically (entry rules in the branch node's condition
// language), with what priority, holdout and cool-off; launch, pause and stop. Every change is
// audited; stopping cancels the journey's running enrollments through the enrollment cancel path.
import { eq } from 'drizzle-orm';
import { recordAudit } from '../../audit/record-audit';
import { evaluateAudiences } from '../../audiences/evaluate-audiences';
import { launchRules } from '../../audiences/launch-rules';
import { previewLaunch } from '../../audiences/preview-launch';
import type { Database } from '../../db/client';
import { cancelEnrollment } from '../../db/queries/enrollments';
import { publishedVersion } from '../../db/queries/journey-version-ref';
import {
  findLaunch,
  holdoutCount,
  liveEnrollmentIdsOfJourney,
  saveLaunch,
  setLaunchStatus,
  type LaunchView,
} from '../../db/queries/launches';
import { journeys, type LaunchStatus } from '../../db/schema';
import type { RouteModule } from '../app';
import { ApiError } from '../errors';
import { newRouter } from '../router';
import {
  getLaunchRoute,
  pauseLaunchRoute,
  previewLaunchRoute,
  saveLaunchRoute,
  startLaunchRoute,
  stopLaunchRoute,
} from './launches-schemas';

function checkedRules(input: unknown) {
  const checked = launchRules(input);
  if (checked.ok) return checked.rules;
  const first = checked.problems[0]!;
  throw new ApiError(422, 'INVALID_RULES', `${first.path}: ${first.message}`, checked.problems);
}

async function requireJourney(db: Database, journeyId: string): Promise<void> {
  const [row] = await db
    .select({ id: journeys.id })
    .from(journeys)
    .where(eq(journeys.id, journeyId))
    .limit(1);
  if (!row) throw new ApiError(404, 'NOT_FOUND', `no journey "${journeyId}"`);
}

async function requireLaunch(db: Database, journeyId: string): Promise<LaunchView> {
  await requireJourney(db, journeyId);
  const launch = await findLaunch(db, journeyId);
  if (!launch) {
    throw new ApiError(
      404,
      'NO_LAUNCH',
      `journey "${journeyId}" has no launch yet: save one first`,
    );
  }
  return launch;
}

async function withCounts(db: Database, launch: LaunchView) {
  const live = await liveEnrollmentIdsOfJourney(db, launch.journeyId);
  return { ...launch, liveEnrollments: live.length, heldOut: await holdoutCount(db, launch.id) };
}

function refuse(launch: LaunchView, allowed: readonly LaunchStatus[], verb: string): void {
  if (allowed.includes(launch.status)) return;
  throw new ApiError(409, 'LAUNCH_STATE', `a ${launch.status} launch cannot be ${verb}`);
}

/** GET/PUT /journeys/:id/launch, POST …/preview, …/start, …/pause, …/stop. */
export const launchesRoutes: RouteModule = (deps) => {
  const router = newRouter();
  const audiences = {
    db: deps.db,
    now: deps.now,
    ...(deps.journeys ? { journeys: deps.journeys } : {}),
  };

  router.openapi(getLaunchRoute, async (c) => {
    const { id } = c.req.valid('param');
    return c.json(await withCounts(deps.db, await requireLaunch(deps.db, id)), 200);
  });

  router.openapi(saveLaunchRoute, async (c) => {
    const { id } = c.req.valid('param');
    const input = c.req.valid('json');
    const rules = checkedRules(input.rules);
    await requireJourney(deps.db, id);
    const caller = c.get('caller');
    const { launch, created } = await deps.db.transaction(async (tx) => {
      const saved = await saveLaunch(tx, id, { ...input, rules }, caller.name, deps.now());
      await recordAudit(tx, caller, 'launch.saved', id, {
        priority: saved.launch.priority,
        holdoutPercent: saved.launch.holdoutPercent,
        reentryCooloffDays: saved.launch.reentryCooloffDays,
        status: saved.launch.status,
      });
      return saved;
    });
    const view = await withCounts(deps.db, launch);
    return created ? c.json(view, 201) : c.json(view, 200);
  });

  router.openapi(previewLaunchRoute, async (c) => {
    const { id } = c.req.valid('param');
    const input = c.req.valid('json');
    const rules = checkedRules(input.rules);
    await requireJourney(deps.db, id);
    const launch = await findLaunch(deps.db, id);
    const preview = await previewLaunch(deps.db, {
      journeyId: id,
      rules,
      holdoutPercent: input.holdoutPercent,
      holdoutKey: launch?.id ?? `preview:${id}`,
      now: deps.now(),
    });
    return c.json({ ...preview, holdoutIsEstimate: launch === null }, 200);
  });

  router.openapi(startLaunchRoute, async (c) => {
    const { id } = c.req.valid('param');
    const launch = await requireLaunch(deps.db, id);
    refuse(launch, ['draft', 'paused', 'stopped'], 'launched');
    const found = await publishedVersion(deps.db, id);
    if (!found.ok) {
      throw new ApiError(422, found.code, `${found.path}: ${found.message}`, [
        { path: found.path, message: found.message },
      ]);
    }
    const caller = c.get('caller');
    await setLaunchStatus(deps.db, launch.id, 'live', caller.name, deps.now());
    const report = await evaluateAudiences(audiences, { kind: 'all' });
    const mine = report.byJourney[id];
    const enrolled = mine?.enrolled ?? 0;
    const heldOut = mine?.heldOut ?? 0;
    await deps.db.transaction((tx) =>
      recordAudit(tx, caller, 'launch.started', id, { enrolled, heldOut }),
    );
    const view = await withCounts(deps.db, (await findLaunch(deps.db, id))!);
    return c.json({ launch: view, enrolled, heldOut, cancelled: 0 }, 200);
  });

  router.openapi(pauseLaunchRoute, async (c) => {
    const { id } = c.req.valid('param');
    const launch = await requireLaunch(deps.db, id);
    refuse(launch, ['live'], 'paused');
    const caller = c.get('caller');
    const paused = await deps.db.transaction(async (tx) => {
      const changed = await setLaunchStatus(tx, launch.id, 'paused', caller.name, deps.now());
      await recordAudit(tx, caller, 'launch.paused', id);
      return changed;
    });
    return c.json(
      { launch: await withCounts(deps.db, paused), enrolled: 0, heldOut: 0, cancelled: 0 },
      200,
    );
  });

  router.openapi(stopLaunchRoute, async (c) => {
    const { id } = c.req.valid('param');
    const launch = await requireLaunch(deps.db, id);
    refuse(launch, ['live', 'paused'], 'stopped');
    const caller = c.get('caller');
    const now = deps.now();
    const { stopped, cancelledIds } = await deps.db.transaction(async (tx) => {
      const changed = await setLaunchStatus(tx, launch.id, 'stopped', caller.name, now);
      const ids: string[] = [];
      for (const enrollmentId of await liveEnrollmentIdsOfJourney(tx, id)) {
        const result = await cancelEnrollment(tx, enrollmentId, now);
        if (result.ok) ids.push(enrollmentId);
      }
      await recordAudit(tx, caller, 'launch.stopped', id, { cancelled: ids.length });
      return { stopped: changed, cancelledIds: ids };
    });
    for (const enrollmentId of cancelledIds) {
      await deps.journeys?.cancel(enrollmentId, `launch stopped by ${caller.name}`);
    }
    return c.json(
      {
        launch: await withCounts(deps.db, stopped),
        enrolled: 0,
        heldOut: 0,
        cancelled: cancelledIds.length,
      },
      200,
    );
  });

  return router;
};
