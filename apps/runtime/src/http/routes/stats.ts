import { createRoute, z } from '@hono/zod-openapi';
import { versionStats } from '../../db/queries/stats';
import type { RouteModule } from '../app';
import { ApiError } from '../errors';
import { newRouter } from '../router';

const counts = z.record(z.string(), z.number().int());

const statsSchema = z
  .object({
    journeyId: z.string(),
    version: z.number().int(),
    enrollments: z.object({
      total: z.number().int(),
      byStatus: z.object({
        pending: z.number().int(),
        running: z.number().int(),
        completed: z.number().int(),
        cancelled: z.number().int(),
        failed: z.number().int(),
      }),
      byOutcome: counts.describe('Ended enrollments per end outcome label'),
    }),
    nodes: z.array(
      z.object({
        nodeId: z.string(),
        type: z.string().nullable(),
        visits: z.number().int().describe('Times entered (loops count each time)'),
        enrollments: z.number().int().describe('Distinct enrollments that entered'),
        exits: counts.describe('Exits per port'),
        ends: z.number().int().describe('Journeys that ended here'),
      }),
    ),
  })
  .openapi('VersionStats');

const statsRoute = createRoute({
  method: 'get',
  path: '/journeys/{id}/versions/{version}/stats',
  tags: ['stats'],
  summary: 'Visits and exits per node, enrollments by status and outcome',
  request: {
    params: z.object({
      id: z
        .string()
        .min(1)
        .max(200)
        .openapi({ param: { name: 'id', in: 'path' } }),
      version: z.coerce
        .number()
        .int()
        .positive()
        .openapi({ param: { name: 'version', in: 'path' } }),
    }),
  },
  responses: {
    200: { description: 'The numbers', content: { 'application/json': { schema: statsSchema } } },
    404: { description: 'No such journey version' },
  },
});

export const statsRoutes: RouteModule = (deps) => {
  const router = newRouter();
  router.openapi(statsRoute, async (c) => {
    const { id, version } = c.req.valid('param');
    const stats = await versionStats(deps.db, id, version);
    if (!stats) throw new ApiError(404, 'NOT_FOUND', `journey "${id}" has no version ${version}`);
    return c.json(stats, 200);
  });
  return router;
};
