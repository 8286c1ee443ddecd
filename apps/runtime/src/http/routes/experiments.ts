// A split's experiment: per-arm outcomes from the database, judged by always-valid statistics
// (packages/dsl/src/experiments), and "promote the winner" into a new draft.
import { createRoute, z } from '@hono/zod-openapi';
import { analyseExperiment, promoteSplitArm, type ArmCounts } from '@tandem/dsl';
import { splitExperimentSchema, splitNode, experimentMetrics } from '@tandem/nodes';
import { and, eq } from 'drizzle-orm';
import { journeyVersions } from '../../db/schema';
import { recordAudit } from '../../audit/record-audit';
import { experimentOutcomes, type ArmOutcomes } from '../../db/queries/experiment-outcomes';
import { findJourney, findVersion, saveDraft } from '../../db/queries/journeys';
import type { RouteModule } from '../app';
import { ApiError } from '../errors';
import { newRouter } from '../router';
import { draftWrite, journeyView } from './journey-view';
import { errors, journeyNotFound, journeySchemaOut, versionParams } from './journeys-schemas';

/** Recent enrollment rate, for "about how long until it can detect the target". */
const recentDays = 7;

const experimentParams = versionParams.extend({
  nodeId: z
    .string()
    .min(1)
    .max(100)
    .openapi({ param: { name: 'nodeId', in: 'path' }, example: 'tone' }),
});

const interval = z.object({ low: z.number(), high: z.number() }).nullable();
const armSchema = z.object({
  arm: z.string(),
  n: z.number().int(),
  successes: z.number().int(),
  rate: z.number().nullable(),
  interval,
});
const comparisonSchema = z.object({
  control: z.string(),
  arm: z.string(),
  lift: z.number().nullable().describe('Absolute: rate(arm) − rate(control)'),
  liftInterval: interval,
  relativeLift: z.number().nullable(),
  relativeLiftInterval: interval,
  pValue: z.number().describe('Always-valid p-value'),
});

const experimentSchema = z
  .object({
    journeyId: z.string(),
    version: z.number().int(),
    nodeId: z.string(),
    configured: z
      .boolean()
      .describe('False when the split has no experiment block (defaults used)'),
    primaryMetric: z.enum(experimentMetrics),
    paidWithinDays: z.number().int(),
    alpha: z.number(),
    enrolled: z.record(z.string(), z.number().int()).describe('Enrollments per arm so far'),
    arms: z.array(armSchema),
    comparisons: z.array(comparisonSchema),
    guardrails: z.array(
      z.object({
        metric: z.string(),
        arms: z.array(armSchema),
        comparisons: z.array(comparisonSchema),
        breachedBy: z.array(z.string()),
      }),
    ),
    verdict: z.object({
      kind: z.enum(['keepRunning', 'better', 'noMeaningfulDifference', 'guardrailBreached']),
      arm: z.string().optional(),
      guardrail: z.string().optional(),
      text: z.string(),
    }),
    minimumDetectableEffect: z.number().nullable(),
    targetEffect: z.number(),
    enrollmentsNeeded: z.number().int().nullable(),
    daysToDetect: z.number().int().nullable(),
    recentDailyEnrollments: z
      .number()
      .describe(`Enrollments a day over the last ${recentDays} days`),
  })
  .openapi('Experiment');

const experimentRoute = createRoute({
  method: 'get',
  path: '/journeys/{id}/versions/{version}/experiments/{nodeId}',
  tags: ['stats'],
  summary: 'An A/B split’s arms compared with always-valid statistics, and a verdict',
  request: { params: experimentParams },
  responses: {
    200: {
      description: 'The experiment',
      content: { 'application/json': { schema: experimentSchema } },
    },
    ...errors({
      400: 'Not a journey id, version number or node id',
      404: 'No such journey, version or node',
      422: 'The node is not an A/B split',
    }),
  },
});

const promoteRoute = createRoute({
  method: 'post',
  path: '/journeys/{id}/versions/{version}/experiments/{nodeId}/promote',
  tags: ['journeys'],
  summary: 'Promote an arm: a new draft with the split replaced by that arm’s path',
  description:
    'Writes the draft: the version’s document with the split replaced by the chosen arm’s path and the other arms’ now-unreachable nodes removed. Nothing is published; the running experiment keeps its assignment. Audited.',
  request: {
    params: experimentParams,
    body: {
      required: true,
      content: {
        'application/json': {
          schema: z.strictObject({
            arm: z.string().min(1).max(100).describe('The arm (port) to keep'),
          }),
        },
      },
    },
  },
  responses: {
    200: {
      description: 'The journey with the new draft',
      content: { 'application/json': { schema: journeySchemaOut } },
    },
    ...errors({
      400: 'Malformed body or parameters',
      404: 'No such journey, version or node',
      422: 'The node is not a split, or has no such arm',
    }),
  },
});

interface SplitNode {
  id: string;
  type: string;
  config?: unknown;
  next?: Record<string, string>;
}
const documentNodes = z.object({
  start: z.string(),
  nodes: z.array(
    z.looseObject({ id: z.string(), type: z.string(), config: z.unknown().optional() }),
  ),
});

async function loadVersion(
  deps: Parameters<RouteModule>[0],
  id: string,
  version: number,
): Promise<NonNullable<Awaited<ReturnType<typeof findVersion>>>> {
  const found = await findVersion(deps.db, id, version);
  if (found) return found;
  if (!(await findJourney(deps.db, id))) throw journeyNotFound(id);
  throw new ApiError(404, 'VERSION_NOT_FOUND', `journey "${id}" has no version ${version}`, [
    { path: 'version', message: 'no such version' },
  ]);
}

function findSplit(document: unknown, nodeId: string): { split: SplitNode; nodes: SplitNode[] } {
  const parsed = documentNodes.safeParse(document);
  const nodes: SplitNode[] = parsed.success ? parsed.data.nodes : [];
  const split = nodes.find((n) => n.id === nodeId);
  if (!split)
    throw new ApiError(404, 'NODE_NOT_FOUND', `the version has no node "${nodeId}"`, [
      { path: 'nodeId', message: 'no such node' },
    ]);
  if (split.type !== 'split')
    throw new ApiError(
      422,
      'NOT_A_SPLIT',
      `node "${nodeId}" is a ${split.type} node, not an A/B split`,
      [{ path: 'nodeId', message: 'not an A/B split' }],
    );
  return { split, nodes };
}

const noOutcomes = (arm: string): ArmOutcomes => ({
  arm,
  enrolled: 0,
  matured: 0,
  paidWithinDays: 0,
  promiseKept: 0,
  settled: 0,
  planAccepted: 0,
  optOut: 0,
  hardshipOrDispute: 0,
  recent: 0,
});

export const experimentsRoutes: RouteModule = (deps) => {
  const router = newRouter();

  router.openapi(experimentRoute, async (c) => {
    const { id, version, nodeId } = c.req.valid('param');
    const found = await loadVersion(deps, id, version);
    const { split, nodes } = findSplit(found.document, nodeId);
    const config = splitNode.config.safeParse(split.config ?? {});
    const variants = config.success ? config.data.variants.map((v) => v.name) : [];
    const experiment =
      (config.success ? config.data.experiment : undefined) ?? splitExperimentSchema.parse({});
    const [row] = await deps.db
      .select({ id: journeyVersions.id })
      .from(journeyVersions)
      .where(and(eq(journeyVersions.journeyId, id), eq(journeyVersions.version, version)));
    if (!row) throw journeyNotFound(id);
    const outcomes = await experimentOutcomes(deps.db, {
      journeyVersionId: row.id,
      splitNodeId: nodeId,
      promiseNodeIds: nodes.filter((n) => n.type === 'promiseToPay').map((n) => n.id),
      paidWithinDays: experiment.paidWithinDays,
      recentDays,
      now: deps.now(),
    });
    const byArm = new Map(outcomes.map((o) => [o.arm, o]));
    // The split's arms in its order (the first is the control), then any port seen in the data
    // that the config no longer names.
    const armNames = [
      ...variants,
      ...outcomes.map((o) => o.arm).filter((a) => !variants.includes(a)),
    ];
    const rows = armNames.map((arm) => byArm.get(arm) ?? noOutcomes(arm));
    const metric = experiment.primaryMetric;
    const primary: ArmCounts[] = rows.map((r) => ({
      arm: r.arm,
      n: metric === 'paidWithinDays' ? r.matured : r.enrolled,
      successes: r[metric],
    }));
    const guardrails = experiment.guardrails.map((g) => ({
      metric: g,
      arms: rows.map((r) => ({ arm: r.arm, n: r.enrolled, successes: r[g] })),
    }));
    const dailyEnrollments = Object.fromEntries(rows.map((r) => [r.arm, r.recent / recentDays]));
    const analysis = analyseExperiment({
      primary,
      guardrails,
      dailyEnrollments,
      targetEffect: experiment.targetLiftPoints / 100,
    });
    return c.json(
      {
        journeyId: id,
        version,
        nodeId,
        configured: config.success && config.data.experiment !== undefined,
        primaryMetric: metric,
        paidWithinDays: experiment.paidWithinDays,
        enrolled: Object.fromEntries(rows.map((r) => [r.arm, r.enrolled])),
        recentDailyEnrollments: rows.reduce((s, r) => s + r.recent, 0) / recentDays,
        ...analysis,
      },
      200,
    );
  });

  router.openapi(promoteRoute, async (c) => {
    const { id, version, nodeId } = c.req.valid('param');
    const { arm } = c.req.valid('json');
    const found = await loadVersion(deps, id, version);
    findSplit(found.document, nodeId);
    const document = found.document as Parameters<typeof promoteSplitArm>[0] & { id: string };
    const result = promoteSplitArm(document, nodeId, arm);
    if (!result.ok)
      throw new ApiError(422, result.code, result.message, [
        { path: result.code === 'UNKNOWN_ARM' ? 'arm' : 'nodeId', message: result.message },
      ]);
    const caller = c.get('caller');
    await deps.db.transaction(async (tx) => {
      const saved = await saveDraft(tx, id, draftWrite(result.journey, caller.name, deps.now()));
      if (!saved) throw journeyNotFound(id);
      await recordAudit(tx, caller, 'journey.armPromoted', id, {
        version,
        nodeId,
        arm,
        removedNodes: result.removedNodes,
      });
    });
    return c.json(await journeyView(deps, id), 200);
  });
  return router;
};
