// GET /lessons, GET /lessons/{id}, PUT /lessons/{id}: the library the educationLesson node picks
// from. Designers add their own lessons; everyone with a key can read them.
import { createRoute, z } from '@hono/zod-openapi';
import type { RouteModule } from '../http/app';
import { ApiError } from '../http/errors';
import { newRouter } from '../http/router';
import { findLesson, listLessons, saveLesson } from './lesson-library';
import { lessonContentSchema, lessonTextSchema } from './lesson-schema';

const lessonSchema = z
  .object({
    id: z.string(),
    builtIn: z.boolean(),
    content: z.record(z.string(), lessonTextSchema).describe('Per language'),
  })
  .openapi('Lesson');

const idParams = z.object({
  id: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-_]*$/, 'use lowercase letters, digits, "-" and "_"')
    .max(80)
    .openapi({ param: { name: 'id', in: 'path' } }),
});
const json = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: { 'application/json': { schema } },
});

const list = createRoute({
  method: 'get',
  path: '/lessons',
  tags: ['lessons'],
  summary: 'Every lesson an educationLesson node can name: built-in first, then your own',
  responses: { 200: json(z.object({ items: z.array(lessonSchema) }), 'The library') },
});

const get = createRoute({
  method: 'get',
  path: '/lessons/{id}',
  tags: ['lessons'],
  summary: 'One lesson',
  request: { params: idParams },
  responses: { 200: json(lessonSchema, 'The lesson'), 404: { description: 'No such lesson' } },
});

const put = createRoute({
  method: 'put',
  path: '/lessons/{id}',
  tags: ['lessons'],
  summary: 'Add or replace one of your own lessons (built-in ids are taken)',
  request: {
    params: idParams,
    body: {
      required: true,
      content: {
        'application/json': {
          schema: z.strictObject({ content: lessonContentSchema }).openapi('LessonInput'),
        },
      },
    },
  },
  responses: {
    200: json(lessonSchema, 'Replaced'),
    201: json(lessonSchema, 'Created'),
    400: { description: 'Invalid content; details name each field' },
    409: { description: 'The id is a built-in lesson' },
  },
});

export const lessonsRoutes: RouteModule = (deps) => {
  const router = newRouter();

  router.openapi(list, async (c) => c.json({ items: await listLessons(deps.db) }, 200));

  router.openapi(get, async (c) => {
    const { id } = c.req.valid('param');
    const lesson = await findLesson(deps.db, id);
    if (!lesson) throw new ApiError(404, 'LESSON_NOT_FOUND', `no lesson "${id}"`);
    return c.json(lesson, 200);
  });

  router.openapi(put, async (c) => {
    const { id } = c.req.valid('param');
    const { content } = c.req.valid('json');
    const saved = await saveLesson(deps.db, {
      id,
      content,
      author: c.get('caller').name,
      now: deps.now(),
    });
    if (!saved.ok) {
      throw new ApiError(409, 'BUILT_IN_LESSON', `"${id}" is a built-in lesson; choose another id`);
    }
    return c.json(saved.lesson, saved.created ? 201 : 200);
  });

  return router;
};
