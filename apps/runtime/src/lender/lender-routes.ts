// GET and PUT /settings/lender: who the lender is, for the portal's header and footer and for
// messages (`{{ lender.* }}`). Everyone with a key reads it; admins replace it (audited).
import { createRoute, z } from '@hono/zod-openapi';
import type { RouteModule } from '../http/app';
import { ApiError } from '../http/errors';
import { newRouter } from '../http/router';
import { readLenderSettings, writeLenderSettings } from './lender-settings';
import { lenderSettingsSchema } from './lender-settings-schema';

const storedSchema = z
  .object({
    settings: lenderSettingsSchema,
    updatedBy: z.string().describe('The key (person or system) that last wrote them'),
    updatedAt: z.string().describe('ISO 8601'),
  })
  .openapi('LenderSettings');

const json = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: { 'application/json': { schema } },
});

const get = createRoute({
  method: 'get',
  path: '/settings/lender',
  tags: ['settings'],
  summary: 'Who the lender is: names, logo, brand colour, support contact, licence, privacy link',
  responses: {
    200: json(storedSchema, 'The settings'),
    404: { description: 'Not set yet (LENDER_NOT_SET)' },
  },
});

const put = createRoute({
  method: 'put',
  path: '/settings/lender',
  tags: ['settings'],
  summary: 'Replace the lender settings (a field left out is cleared)',
  request: {
    body: { required: true, content: { 'application/json': { schema: lenderSettingsSchema } } },
  },
  responses: {
    200: json(storedSchema, 'Saved'),
    400: { description: 'Invalid settings; details name each field' },
  },
});

export const lenderRoutes: RouteModule = (deps) => {
  const router = newRouter();

  router.openapi(get, async (c) => {
    const stored = await readLenderSettings(deps.db);
    if (!stored)
      throw new ApiError(
        404,
        'LENDER_NOT_SET',
        'the lender settings are not set yet: an admin sets them with PUT /v1/settings/lender',
      );
    return c.json(stored, 200);
  });

  router.openapi(put, async (c) => {
    const saved = await writeLenderSettings(
      deps.db,
      c.get('caller'),
      c.req.valid('json'),
      deps.now(),
    );
    return c.json(saved, 200);
  });

  return router;
};
