// Restoring a published version as the draft: an explicit operation (rather than an ordinary
// draft save) so that the audit trail can say which version came back, and who brought it.
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { findJourney, findVersion, saveDraft } from '../../db/queries/journeys';
import { recordAudit } from '../../audit/record-audit';
import type { AppDeps } from '../app';
import type { AppEnv } from '../auth';
import { ApiError } from '../errors';
import { draftWrite, journeyView } from './journey-view';
import { errors, journeyNotFound, journeySchemaOut, versionParams } from './journeys-schemas';

const restoreRoute = createRoute({
  method: 'post',
  path: '/journeys/{id}/versions/{version}/restore',
  tags: ['journeys'],
  summary: 'Restore a published version as the draft',
  description:
    'Replaces the draft with the version’s document (the version itself stays as it is) and records it in the audit trail.',
  request: { params: versionParams },
  responses: {
    200: {
      description: 'The journey with the restored draft',
      content: { 'application/json': { schema: journeySchemaOut } },
    },
    ...errors({ 400: 'Not a journey id or version number', 404: 'No such journey or version' }),
  },
});

/** Adds POST /journeys/:id/versions/:version/restore to the journeys router. */
export function registerRestoreRoute(
  router: OpenAPIHono<AppEnv>,
  deps: AppDeps & { now: () => Date },
) {
  router.openapi(restoreRoute, async (c) => {
    const { id, version } = c.req.valid('param');
    const found = await findVersion(deps.db, id, version);
    if (!found) {
      if (!(await findJourney(deps.db, id))) throw journeyNotFound(id);
      throw new ApiError(404, 'VERSION_NOT_FOUND', `journey "${id}" has no version ${version}`, [
        { path: 'version', message: 'no such version' },
      ]);
    }
    const caller = c.get('caller');
    const document = found.document as Record<string, unknown> & { id: string };
    await deps.db.transaction(async (tx) => {
      const saved = await saveDraft(tx, id, draftWrite(document, caller.name, deps.now()));
      if (!saved) throw journeyNotFound(id);
      await recordAudit(tx, caller, 'journey.restored', id, { version });
    });
    return c.json(await journeyView(deps, id), 200);
  });
}
