import { createRoute, z, type RouteConfig } from '@hono/zod-openapi';
import { and, eq } from 'drizzle-orm';
import type { Context } from 'hono';
import type { Database } from '../../db/client';
import { conductResults } from '../../db/queries/results/conduct';
import { dailySeries, maxDailyDays } from '../../db/queries/results/daily';
import type { ResultsScope } from '../../db/queries/results/scope';
import { stepGroups } from '../../db/queries/results/step-groups';
import { stepResults } from '../../db/queries/results/steps';
import { holdoutComparison } from '../../db/queries/results/holdout';
import { journeySummary } from '../../db/queries/results/summary';
import { journeyVersions } from '../../db/schema';
import type { RouteModule } from '../app';
import { ApiError } from '../errors';
import { newRouter } from '../router';
import { versionParams } from './journeys-schemas';
import { flattenRow, toCsv, wantsCsv } from './results-csv';
import {
  cohortQuery,
  conductSchema,
  csvContent,
  dailyQuery,
  dailySchema,
  stepsSchema,
  summarySchema,
} from './results-schemas';

const resultsRoute = <S extends z.ZodType>(
  path: string,
  summary: string,
  schema: S,
  query = cohortQuery,
) =>
  createRoute({
    method: 'get',
    path: `/journeys/{id}/versions/{version}/results${path}`,
    tags: ['results'],
    summary,
    request: { params: versionParams, query },
    responses: {
      200: {
        description: 'The numbers (JSON, or CSV when asked for)',
        content: { 'application/json': { schema }, ...csvContent },
      },
      400: { description: 'A malformed date or range; details name the parameter' },
      404: { description: 'No such journey version' },
    },
  }) satisfies RouteConfig;

const summaryRoute = resultsRoute(
  '',
  'The journey summary: enrollments, promises, plans, escalations, money, self-serve share',
  summarySchema,
);
const stepsRoute = resultsRoute(
  '/steps',
  'Per step: entered, there now, exits per port with shares, messages, time at the step',
  stepsSchema,
);
const dailyRoute = resultsRoute(
  '/daily',
  'Daily enrollments, sends, payments and resolutions (default: the last 30 days)',
  dailySchema,
  dailyQuery,
);
const conductRoute = resultsRoute(
  '/conduct',
  'Contacts outside the window, over a cap, during a hold or after an opt-out (recomputed from the ledger)',
  conductSchema,
);

async function versionOrThrow(db: Database, journeyId: string, version: number) {
  const [found] = await db
    .select({ id: journeyVersions.id, document: journeyVersions.document })
    .from(journeyVersions)
    .where(and(eq(journeyVersions.journeyId, journeyId), eq(journeyVersions.version, version)))
    .limit(1);
  if (!found)
    throw new ApiError(404, 'NOT_FOUND', `journey "${journeyId}" has no version ${version}`);
  return found;
}

const documentNodes = z.object({
  nodes: z.array(z.looseObject({ id: z.string(), type: z.string() })),
});

function nodeTypesOf(document: unknown): Map<string, string> {
  const parsed = documentNodes.safeParse(document);
  return new Map(parsed.success ? parsed.data.nodes.map((n) => [n.id, n.type]) : []);
}

function checkRange(from: string | undefined, to: string | undefined) {
  if (from !== undefined && to !== undefined && from > to) {
    const message = 'must not be before from';
    throw new ApiError(400, 'VALIDATION', `to: ${message}`, [{ path: 'to', message }]);
  }
}

/** JSON, or the rows as CSV when the caller asked for CSV. */
function answer(
  c: Context,
  format: 'json' | 'csv' | undefined,
  body: object,
  csvRows: () => object[],
  name: string,
) {
  if (!wantsCsv(format, c.req.header('accept'))) return c.json(body, 200);
  return c.body(toCsv(csvRows().map((row) => flattenRow(row))), 200, {
    'content-type': 'text/csv; charset=utf-8',
    'content-disposition': `attachment; filename="${name}.csv"`,
  });
}

export const resultsRoutes: RouteModule = (deps) => {
  const router = newRouter();
  const now = () => deps.now?.() ?? new Date();

  router.openapi(summaryRoute, async (c) => {
    const { id, version } = c.req.valid('param');
    const { from, to, format } = c.req.valid('query');
    checkRange(from, to);
    const found = await versionOrThrow(deps.db, id, version);
    const scope: ResultsScope = {
      journeyVersionId: found.id,
      ...(from ? { from } : {}),
      ...(to ? { to } : {}),
    };
    const at = now();
    const [summary, holdout] = await Promise.all([
      stepGroups(deps.db, scope).then((groups) =>
        journeySummary(deps.db, scope, groups, nodeTypesOf(found.document), at),
      ),
      holdoutComparison(deps.db, { ...scope, journeyId: id }, at),
    ]);
    const body = {
      journeyId: id,
      version,
      from: from ?? null,
      to: to ?? null,
      ...summary,
      holdout,
    };
    return answer(
      c,
      format,
      body,
      () =>
        Object.entries(
          flattenRow({
            ...body,
            money: {
              ...body.money,
              byCurrency: Object.fromEntries(
                body.money.byCurrency.map(({ currency, ...m }) => [currency, m]),
              ),
            },
            // holdout.shares.within30.difference.low, holdout.recovery.USD.journey.paid, …
            holdout: body.holdout && {
              ...body.holdout,
              shares: Object.fromEntries(
                body.holdout.shares.map(({ days, ...share }) => [`within${days}`, share]),
              ),
              recovery: Object.fromEntries(
                body.holdout.recovery.map(({ currency, ...r }) => [currency, r]),
              ),
            },
          }),
        ).map(([metric, value]) => ({ metric, value })),
      `${id}-v${version}-summary`,
    );
  });

  router.openapi(stepsRoute, async (c) => {
    const { id, version } = c.req.valid('param');
    const { from, to, format } = c.req.valid('query');
    checkRange(from, to);
    const found = await versionOrThrow(deps.db, id, version);
    const scope: ResultsScope = {
      journeyVersionId: found.id,
      ...(from ? { from } : {}),
      ...(to ? { to } : {}),
    };
    const steps = await stepResults(
      deps.db,
      scope,
      await stepGroups(deps.db, scope),
      nodeTypesOf(found.document),
    );
    return answer(
      c,
      format,
      { journeyId: id, version, steps },
      () =>
        steps.map(({ ports, messages, nowEnrollmentIds: _ids, ...step }) => ({
          ...step,
          port: Object.fromEntries(ports.map((p) => [p.port, { count: p.count, share: p.share }])),
          messages: Object.fromEntries(messages.map(({ channel, ...m }) => [channel, m])),
        })),
      `${id}-v${version}-steps`,
    );
  });

  router.openapi(dailyRoute, async (c) => {
    const { id, version } = c.req.valid('param');
    const query = c.req.valid('query');
    const today = now().toISOString().slice(0, 10);
    const to = query.to ?? today;
    const from =
      query.from ??
      new Date(Date.parse(`${to}T00:00:00Z`) - 29 * 86_400_000).toISOString().slice(0, 10);
    checkRange(from, to);
    if ((Date.parse(to) - Date.parse(from)) / 86_400_000 + 1 > maxDailyDays) {
      const message = `at most ${maxDailyDays} days from from`;
      throw new ApiError(400, 'VALIDATION', `to: ${message}`, [{ path: 'to', message }]);
    }
    const found = await versionOrThrow(deps.db, id, version);
    const days = await dailySeries(deps.db, found.id, { from, to });
    return answer(
      c,
      query.format,
      { journeyId: id, version, days },
      () => days,
      `${id}-v${version}-daily`,
    );
  });

  router.openapi(conductRoute, async (c) => {
    const { id, version } = c.req.valid('param');
    const { from, to, format } = c.req.valid('query');
    checkRange(from, to);
    const found = await versionOrThrow(deps.db, id, version);
    const scope: ResultsScope = {
      journeyVersionId: found.id,
      ...(from ? { from } : {}),
      ...(to ? { to } : {}),
    };
    const conduct = await conductResults(deps.db, scope, found.document);
    const body = { journeyId: id, version, ...conduct };
    return answer(c, format, body, () => [body], `${id}-v${version}-conduct`);
  });
  return router;
};
