// Enrollments: the record, and the durable workflow behind it (started, or cancelled, through
// the journey driver once the record is committed).
import { bulkEnroll } from '../../db/queries/enrollment-bulk';
import {
  cancelEnrollment,
  enrollAccount,
  enrollmentSteps,
  enrollmentView,
  listEnrollments,
} from '../../db/queries/enrollments';
import { accountsByExternalId, borrowerIdsByExternalId } from '../../db/queries/external-refs';
import { publishedVersion } from '../../db/queries/journey-version-ref';
import type { Database } from '../../db/client';
import { recordAudit } from '../../audit/record-audit';
import type { RouteModule } from '../app';
import { ApiError } from '../errors';
import { newRouter } from '../router';
import { cursorParam } from './cursor-param';
import {
  bulkEnrollRoute,
  cancelEnrollmentRoute,
  createEnrollmentRoute,
  getEnrollmentRoute,
  listEnrollmentsRoute,
} from './enrollments-schemas';

interface Problem {
  path: string;
  message: string;
  code: string;
}

function unprocessable(problems: Problem[]): ApiError {
  const first = problems[0]!;
  const details = problems.map(({ path, message }) => ({ path, message }));
  return new ApiError(422, first.code, `${first.path}: ${first.message}`, details);
}

/** The borrower and their account, or a problem for each reference that does not resolve. */
async function resolveDebt(db: Database, borrowerExternalId: string, accountExternalId: string) {
  const borrowerId = (await borrowerIdsByExternalId(db, [borrowerExternalId])).get(
    borrowerExternalId,
  );
  const account = (await accountsByExternalId(db, [accountExternalId])).get(accountExternalId);
  const problems: Problem[] = [];
  const code = 'UNKNOWN_REFERENCE';
  if (!borrowerId) {
    problems.push({
      path: 'borrower.externalId',
      code,
      message: `no borrower "${borrowerExternalId}"`,
    });
  }
  if (!account) {
    problems.push({
      path: 'account.externalId',
      code,
      message: `no account "${accountExternalId}"`,
    });
  } else if (borrowerId && account.borrowerId !== borrowerId) {
    const message = `account "${accountExternalId}" belongs to another borrower`;
    problems.push({ path: 'account.externalId', code, message });
  }
  return { borrowerId, account, problems };
}

const notFound = (id: string) => new ApiError(404, 'NOT_FOUND', `no enrollment ${id}`);

export const enrollmentsRoutes: RouteModule = (deps) => {
  const router = newRouter();
  const startWorkflows = async (ids: string[]) =>
    deps.journeys ? deps.journeys.start(ids) : { started: 0, failed: [] };

  router.openapi(createEnrollmentRoute, async (c) => {
    const input = c.req.valid('json');
    const debt = await resolveDebt(deps.db, input.borrower.externalId, input.account.externalId);
    const found = await publishedVersion(deps.db, input.journeyId, input.version);
    const problems = [...debt.problems, ...(found.ok ? [] : [found])];
    if (problems.length > 0 || !found.ok || !debt.borrowerId || !debt.account) {
      throw unprocessable(problems);
    }
    const caller = c.get('caller');
    const { borrowerId, account } = debt;
    const { journeyId, version } = found.version;
    const { id, created } = await deps.db.transaction(async (tx) => {
      const enrolled = await enrollAccount(tx, {
        borrowerId,
        accountId: account.id,
        journeyVersionId: found.version.id,
        createdBy: caller.name,
      });
      if (enrolled.created) {
        await recordAudit(tx, caller, 'enrollment.created', enrolled.id, {
          journeyId,
          version,
          borrower: input.borrower.externalId,
        });
      }
      return enrolled;
    });
    // Also for an existing one: a start that failed before is tried again (starting is idempotent).
    await startWorkflows([id]);
    const view = await enrollmentView(deps.db, id);
    if (!view) throw notFound(id);
    return created ? c.json(view, 201) : c.json(view, 200);
  });

  router.openapi(bulkEnrollRoute, async (c) => {
    const input = c.req.valid('json');
    const found = await publishedVersion(deps.db, input.journeyId, input.version);
    if (!found.ok) throw unprocessable([found]);
    const caller = c.get('caller');
    // One transaction: the enrollments and their one audit entry stand or fall together.
    const report = await deps.db.transaction(async (tx) => {
      const made = await bulkEnroll(tx, {
        journeyVersionId: found.version.id,
        ...(input.borrowers ? { borrowerExternalIds: input.borrowers } : {}),
        ...(input.filter ? { filter: input.filter } : {}),
        createdBy: caller.name,
      });
      await recordAudit(tx, caller, 'enrollments.bulkCreated', input.journeyId, {
        version: found.version.version,
        matched: made.matched,
        created: made.created,
        existing: made.existing,
        errors: made.errors.length,
        byFilter: input.filter !== undefined,
        namedBorrowers: input.borrowers?.length ?? 0,
      });
      return made;
    });
    const started = await startWorkflows(report.createdIds);
    const { journeyId, version } = found.version;
    const { matched, created, existing, errors } = report;
    const notStarted = started.failed;
    return c.json({ journeyId, version, matched, created, existing, errors, notStarted }, 200);
  });

  router.openapi(listEnrollmentsRoute, async (c) => {
    const query = c.req.valid('query');
    const after = cursorParam(query.cursor);
    const { page, nextCursor } = await listEnrollments(
      deps.db,
      {
        ...(query.borrower === undefined ? {} : { borrowerExternalId: query.borrower }),
        ...(query.journeyId === undefined ? {} : { journeyId: query.journeyId }),
        ...(query.status === undefined ? {} : { status: query.status }),
      },
      { limit: query.limit, ...(after ? { after } : {}) },
    );
    return c.json({ enrollments: page, nextCursor }, 200);
  });

  router.openapi(getEnrollmentRoute, async (c) => {
    const { id } = c.req.valid('param');
    const view = await enrollmentView(deps.db, id);
    if (!view) throw notFound(id);
    return c.json({ ...view, steps: await enrollmentSteps(deps.db, id) }, 200);
  });

  router.openapi(cancelEnrollmentRoute, async (c) => {
    const { id } = c.req.valid('param');
    const caller = c.get('caller');
    const result = await deps.db.transaction(async (tx) => {
      const cancelled = await cancelEnrollment(tx, id, deps.now());
      if (cancelled.ok) await recordAudit(tx, caller, 'enrollment.cancelled', id);
      return cancelled;
    });
    if (!result.ok && result.reason === 'not-found') throw notFound(id);
    if (!result.ok && result.reason === 'finished') {
      throw new ApiError(409, 'ALREADY_FINISHED', `enrollment ${id} is already ${result.status}`);
    }
    await deps.journeys?.cancel(id, `by ${caller.name}`);
    const view = await enrollmentView(deps.db, id);
    if (!view) throw notFound(id);
    return c.json(view, 200);
  });

  return router;
};
