// Publishing a journey's draft as an immutable version, the version history, and diffs between
// versions (or a version and the draft). No route changes or deletes a version.
import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { diffJourneys, validateJourney, type JourneyInput, type JsonValue } from '@tandem/dsl';
import { runtimeCatalogue, runtimeNodeOrigins } from '../../node-catalogue';
import { parseVersionConfigs } from '../../parsed-configs';
import { originsOf } from '@tandem/plugins';
import { findJourney, findVersion, listVersions, publishVersion } from '../../db/queries/journeys';
import { recordAudit } from '../../audit/record-audit';
import type { AppDeps } from '../app';
import type { AppEnv } from '../auth';
import { ApiError } from '../errors';
import { contentHash } from './journey-content';
import {
  diffQuery,
  diffSchema,
  errors,
  journeyIdParam,
  journeyNotFound,
  publishBody,
  publishedSchema,
  versionParams,
  versionSchema,
  versionSummarySchema,
} from './journeys-schemas';

const tags = ['journeys'];
const json = <T>(schema: T) => ({ content: { 'application/json': { schema } } });

const publishRoute = createRoute({
  method: 'post',
  path: '/journeys/{id}/publish',
  tags,
  summary: 'Publish the draft as a new version',
  description:
    'Refused (422 INVALID_JOURNEY, details: the problems) while the draft has errors; warnings are fine. ' +
    'Content already published (same hash; layout and node order do not count) returns that version with 200.',
  request: { params: journeyIdParam, body: { required: false, ...json(publishBody) } },
  responses: {
    201: { description: 'A new version', ...json(publishedSchema) },
    200: {
      description: 'This content was already published: that version',
      ...json(publishedSchema),
    },
    ...errors({ 400: 'Bad body', 404: 'No such journey', 422: 'The draft has errors' }),
  },
});

const versionsRoute = createRoute({
  method: 'get',
  path: '/journeys/{id}/versions',
  tags,
  summary: "A journey's published versions, newest first",
  request: { params: journeyIdParam },
  responses: {
    200: {
      description: 'The versions',
      ...json(z.object({ versions: z.array(versionSummarySchema) })),
    },
    ...errors({ 400: 'Not a journey id', 404: 'No such journey' }),
  },
});

const versionRoute = createRoute({
  method: 'get',
  path: '/journeys/{id}/versions/{version}',
  tags,
  summary: 'One published version with its full document',
  request: { params: versionParams },
  responses: {
    200: { description: 'The version', ...json(versionSchema) },
    ...errors({ 400: 'Not a journey id or version number', 404: 'No such journey or version' }),
  },
});

const diffRoute = createRoute({
  method: 'get',
  path: '/journeys/{id}/diff',
  tags,
  summary: 'What changed between two versions, or a version and the draft',
  description:
    '`from` and `to` are version numbers or "draft" (`to` defaults to the draft). Nodes are matched by id; ' +
    'layout is ignored.',
  request: { params: journeyIdParam, query: diffQuery },
  responses: {
    200: { description: 'The diff', ...json(diffSchema) },
    ...errors({
      400: 'Bad version reference',
      404: 'No such journey or version',
      422: 'The draft is not journey/v1 yet, so it cannot be compared',
    }),
  },
});

const versionNotFound = (id: string, version: number) =>
  new ApiError(404, 'VERSION_NOT_FOUND', `journey "${id}" has no version ${version}`, [
    { path: 'version', message: 'no such version' },
  ]);

/** A version's document, or the draft parsed (defaults applied) so both sides compare alike. */
async function sideOfDiff(deps: AppDeps, id: string, ref: string): Promise<JourneyInput> {
  if (ref === 'draft') {
    const journey = await findJourney(deps.db, id);
    if (!journey) throw journeyNotFound(id);
    const result = validateJourney(journey.draft, runtimeCatalogue);
    if (!result.journey) {
      throw new ApiError(
        422,
        'INVALID_JOURNEY',
        'the draft is not journey/v1 yet, so it cannot be compared; fix these problems first',
        result.problems,
      );
    }
    return result.journey;
  }
  const version = await findVersion(deps.db, id, Number(ref));
  if (!version) {
    if (!(await findJourney(deps.db, id))) throw journeyNotFound(id);
    throw versionNotFound(id, Number(ref));
  }
  // Only parsed journeys are ever published, so a stored document is one.
  return version.document as unknown as JourneyInput;
}

const asRef = (ref: string) => (ref === 'draft' ? ('draft' as const) : Number(ref));

/** Adds publish, versions and diff to the journeys router (same auth as its other routes). */
export function registerVersionRoutes(
  router: OpenAPIHono<AppEnv>,
  deps: AppDeps & { now: () => Date },
) {
  router.openapi(publishRoute, async (c) => {
    const { id } = c.req.valid('param');
    const { note } = c.req.valid('json');
    const journey = await findJourney(deps.db, id);
    if (!journey) throw journeyNotFound(id);
    const { ok, problems, journey: parsed } = validateJourney(journey.draft, runtimeCatalogue);
    if (!ok || !parsed) {
      const count = problems.filter((problem) => problem.severity === 'error').length;
      throw new ApiError(
        422,
        'INVALID_JOURNEY',
        `the draft has ${count} error${count === 1 ? '' : 's'}; fix them before publishing`,
        problems,
      );
    }
    // Validated just above, so its configs parse: the workflow will run them as stored.
    const configs = parseVersionConfigs(parsed);
    if (!configs.ok) throw new ApiError(422, 'INVALID_JOURNEY', configs.problems.join('; '));
    const caller = c.get('caller');
    const published = await deps.db.transaction(async (tx) => {
      const result = await publishVersion(tx, {
        journeyId: id,
        contentHash: contentHash(parsed),
        document: parsed as unknown as JsonValue,
        parsedConfigs: configs.configs,
        author: caller.name,
        note: note ?? null,
        at: deps.now().toISOString(),
        nodes: originsOf(
          parsed.nodes.map((node) => node.type),
          runtimeNodeOrigins,
        ),
      });
      if (result?.created) {
        const { version } = result.version;
        await recordAudit(tx, caller, 'journey.published', id, { version, note });
      }
      return result;
    });
    if (!published) throw journeyNotFound(id);
    const body = {
      ...published.version,
      journeyId: id,
      created: published.created,
      warnings: problems,
    };
    return published.created ? c.json(body, 201) : c.json(body, 200);
  });

  router.openapi(versionsRoute, async (c) => {
    const { id } = c.req.valid('param');
    if (!(await findJourney(deps.db, id))) throw journeyNotFound(id);
    return c.json({ versions: await listVersions(deps.db, id) }, 200);
  });

  router.openapi(versionRoute, async (c) => {
    const { id, version } = c.req.valid('param');
    const found = await findVersion(deps.db, id, version);
    if (found) return c.json(found, 200);
    if (!(await findJourney(deps.db, id))) throw journeyNotFound(id);
    throw versionNotFound(id, version);
  });

  router.openapi(diffRoute, async (c) => {
    const { id } = c.req.valid('param');
    const { from, to } = c.req.valid('query');
    const [before, after] = [await sideOfDiff(deps, id, from), await sideOfDiff(deps, id, to)];
    return c.json({ from: asRef(from), to: asRef(to), diff: diffJourneys(before, after) }, 200);
  });
}
