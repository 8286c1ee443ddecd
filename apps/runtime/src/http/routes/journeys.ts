// Journeys: drafts (stored even when invalid), validation, and — in journey-versions.ts —
// publishing immutable versions, their history and diffs.
import { createRoute } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { recordAudit } from '../../audit/record-audit';
import {
  findJourney,
  insertJourney,
  listJourneys,
  saveDraft,
  setJourneyArchived,
} from '../../db/queries/journeys';
import type { RouteModule } from '../app';
import type { AppEnv } from '../auth';
import { ApiError } from '../errors';
import { newRouter } from '../router';
import { acceptedRevisions, draftEtag, etagHeaderDoc, ifMatchHeader } from './draft-etag';
import { blankJourney } from './journey-content';
import { registerRestoreRoute } from './journey-restore';
import { check, draftWrite, journeyView } from './journey-view';
import { registerVersionRoutes } from './journey-versions';
import {
  createJourneyBody,
  errors,
  errorSchema,
  journeyIdParam,
  journeyListQuery,
  journeyListSchema,
  journeyNotFound,
  journeySchemaOut,
  saveDraftBody,
  validateBody,
  validationSchema,
} from './journeys-schemas';

const tags = ['journeys'];
const json = <T>(schema: T) => ({ content: { 'application/json': { schema } } });

const createJourney = createRoute({
  method: 'post',
  path: '/journeys',
  tags,
  summary: 'Create a journey',
  description: `From a journey document (\`{ document }\`), or blank (\`{ id, name }\`: a start that is an end node). The draft is stored even when invalid; the response lists its problems.`,
  request: { body: { required: true, ...json(createJourneyBody) } },
  responses: {
    201: { description: 'Created', ...json(journeySchemaOut) },
    ...errors({
      400: 'Not an object with a slug id; details name the field',
      409: 'The id is taken',
    }),
  },
});

const listRoute = createRoute({
  method: 'get',
  path: '/journeys',
  tags,
  summary: 'List journeys',
  description: `Each with its draft's problem counts and latest published version. Archived journeys only with \`archived=include\` (or \`only\`).`,
  request: { query: journeyListQuery },
  responses: {
    200: { description: 'The journeys, by id', ...json(journeyListSchema) },
    ...errors({ 400: 'Bad query' }),
  },
});

const getRoute = createRoute({
  method: 'get',
  path: '/journeys/{id}',
  tags,
  summary: 'A journey: draft, problems and versions',
  request: { params: journeyIdParam },
  responses: {
    200: { description: 'The journey', headers: etagHeaderDoc, ...json(journeySchemaOut) },
    ...errors({ 400: 'Not a journey id', 404: 'No such journey' }),
  },
});

const saveRoute = createRoute({
  method: 'put',
  path: '/journeys/{id}/draft',
  tags,
  summary: 'Save the draft',
  description:
    `Replaces the draft; an invalid draft is stored and its problems returned. The document's id must be the URL's. ` +
    'Send the ETag the draft was loaded with as If-Match: a save made from a stale copy (another tab or person saved since) is refused ' +
    'with 412 and the current ETag, so nothing is overwritten silently. API keys may leave If-Match out (the save then replaces ' +
    'whatever is there, as before); web-app sessions must send it (428 without).',
  request: {
    params: journeyIdParam,
    headers: ifMatchHeader,
    body: { required: true, ...json(saveDraftBody) },
  },
  responses: {
    200: { description: 'Saved', headers: etagHeaderDoc, ...json(journeySchemaOut) },
    ...errors({ 400: 'Bad document, or its id is not the URL id', 404: 'No such journey' }),
    412: {
      description:
        'DRAFT_CHANGED: the draft changed since the If-Match ETag; details carry the current `etag`, `updatedBy` and `updatedAt`. Reload it, or save again with the current ETag to overwrite.',
      headers: etagHeaderDoc,
      ...json(errorSchema),
    },
    428: {
      description: 'IF_MATCH_REQUIRED: a web-app session saved without If-Match',
      ...json(errorSchema),
    },
  },
});

const archiveRoute = (archive: boolean) =>
  createRoute({
    method: 'post',
    path: archive ? '/journeys/{id}/archive' : '/journeys/{id}/unarchive',
    tags,
    summary: archive ? 'Archive a journey' : 'Bring an archived journey back',
    description: archive
      ? 'Hides it from the journey list (unless archived ones are asked for) and refuses new enrollments into it (409 JOURNEY_ARCHIVED); enrollments already running go on. Its draft and versions stay. Audited; archiving an archived journey changes nothing.'
      : 'It shows in the list again and can be enrolled into. Audited; unarchiving a journey that is not archived changes nothing.',
    request: { params: journeyIdParam },
    responses: {
      200: { description: 'The journey', ...json(journeySchemaOut) },
      ...errors({ 400: 'Not a journey id', 404: 'No such journey' }),
    },
  });

const validateRoute = createRoute({
  method: 'post',
  path: '/journeys/{id}/validate',
  tags,
  summary: 'Validate the draft, or a document sent in the body',
  description: 'Changes nothing.',
  request: { params: journeyIdParam, body: { required: false, ...json(validateBody) } },
  responses: {
    200: { description: 'Every problem at once', ...json(validationSchema) },
    ...errors({ 400: 'Bad body', 404: 'No such journey' }),
  },
});

const callerName = (c: Context<AppEnv>) => c.get('caller').name;

/**
 * The journeys API under /v1. Designers write drafts and publish; agents and integrations
 * read (an agent looks at the journey a borrower is in; an integration checks what is live).
 * @example createApp({ db, logger }, [journeysRoutes])
 */
export const journeysRoutes: RouteModule = (deps) => {
  const router = newRouter();

  router.openapi(createJourney, async (c) => {
    const body = c.req.valid('json');
    const document =
      body.document ??
      blankJourney({ id: body.id!, name: body.name!, description: body.description });
    const stored = await insertJourney(deps.db, {
      id: document.id,
      ...draftWrite(document, callerName(c), deps.now()),
    });
    if (!stored) {
      const field = body.document ? 'document.id' : 'id';
      throw new ApiError(409, 'JOURNEY_EXISTS', `a journey "${document.id}" already exists`, [
        { path: field, message: 'this id is taken; save its draft instead, or choose another id' },
      ]);
    }
    const { ok, problems } = check(stored.draft);
    const etag = draftEtag(stored.draftRevision);
    c.header('ETag', etag);
    return c.json({ ...stored, draftEtag: etag, ok, problems, versions: [] }, 201);
  });

  router.openapi(listRoute, async (c) => {
    const { archived } = c.req.valid('query');
    const rows = (await listJourneys(deps.db)).filter((row) =>
      archived === 'include' ? true : (row.archivedAt !== null) === (archived === 'only'),
    );
    const journeys = rows.map(({ draft, updatedAt, ...row }) => {
      const { problems } = check(draft);
      const errorCount = problems.filter((problem) => problem.severity === 'error').length;
      return { ...row, draftUpdatedAt: updatedAt, problemCount: problems.length, errorCount };
    });
    return c.json({ journeys }, 200);
  });

  router.openapi(getRoute, async (c) => {
    const journey = await journeyView(deps, c.req.valid('param').id);
    c.header('ETag', journey.draftEtag);
    return c.json(journey, 200);
  });

  router.openapi(saveRoute, async (c) => {
    const { id } = c.req.valid('param');
    const { document } = c.req.valid('json');
    if (document.id !== id) {
      throw new ApiError(400, 'ID_MISMATCH', `the document's id "${document.id}" is not "${id}"`, [
        { path: 'document.id', message: `must be "${id}", the journey in the URL` },
      ]);
    }
    const ifMatch = c.req.valid('header')['if-match'];
    if (ifMatch === undefined && c.get('caller').via === 'session') {
      throw new ApiError(428, 'IF_MATCH_REQUIRED', 'send the draft’s ETag as If-Match', [
        { path: 'If-Match', message: 'the ETag from loading the journey' },
      ]);
    }
    const accepted = acceptedRevisions(ifMatch);
    const write = draftWrite(document, callerName(c), deps.now());
    const saved = await saveDraft(deps.db, id, write, accepted === 'any' ? undefined : accepted);
    if (!saved) throw journeyNotFound(id);
    if ('stale' in saved) {
      const etag = draftEtag(saved.stale.draftRevision);
      c.header('ETag', etag);
      throw new ApiError(
        412,
        'DRAFT_CHANGED',
        `the draft was changed by ${saved.stale.draftUpdatedBy ?? 'someone'} since you loaded it`,
        { etag, updatedBy: saved.stale.draftUpdatedBy, updatedAt: saved.stale.updatedAt },
      );
    }
    const journey = await journeyView(deps, id);
    c.header('ETag', journey.draftEtag);
    return c.json(journey, 200);
  });

  for (const archive of [true, false]) {
    router.openapi(archiveRoute(archive), async (c) => {
      const { id } = c.req.valid('param');
      const caller = c.get('caller');
      await deps.db.transaction(async (tx) => {
        const journey = await findJourney(tx, id);
        if (!journey) throw journeyNotFound(id);
        if ((journey.archivedAt !== null) === archive) return;
        await setJourneyArchived(tx, id, archive ? deps.now().toISOString() : null);
        await recordAudit(tx, caller, archive ? 'journey.archived' : 'journey.unarchived', id);
      });
      return c.json(await journeyView(deps, id), 200);
    });
  }

  router.openapi(validateRoute, async (c) => {
    const { id } = c.req.valid('param');
    const body = c.req.valid('json');
    const journey = await findJourney(deps.db, id);
    if (!journey) throw journeyNotFound(id);
    const { ok, problems } = check('document' in body ? body.document : journey.draft);
    return c.json({ ok, problems }, 200);
  });

  registerVersionRoutes(router, deps);
  registerRestoreRoute(router, deps);
  return router;
};
