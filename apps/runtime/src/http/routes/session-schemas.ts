// The /v1/session endpoints as OpenAPI routes: the web app's sign-in with a key, its session
// cookie and CSRF token.
import { createRoute, z } from '@hono/zod-openapi';
import { apiKeyRoles, personLocales } from '../../db/schema';
import { CSRF_HEADER, SESSION_COOKIE } from '../access/session-tokens';
import { errorSchema } from './borrower-schemas';

const tags = ['session'];

export const sessionSchema = z
  .object({
    caller: z.object({ keyId: z.uuid(), name: z.string(), role: z.enum(apiKeyRoles) }),
    csrfToken: z
      .string()
      .describe(`Send it back in the ${CSRF_HEADER} header on every POST, PUT, PATCH and DELETE`),
    expiresAt: z
      .string()
      .describe(
        'When the session ends if left idle from now (idle limit, absolute end or key expiry)',
      ),
    locale: z
      .enum(personLocales)
      .nullable()
      .describe('The web app’s language the person chose (kept on their key); null: not chosen'),
  })
  .openapi('Session');

const json = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: { 'application/json': { schema } },
});

export const signInRoute = createRoute({
  method: 'post',
  path: '/session',
  tags,
  summary: 'Sign in to the web app with an API key',
  description:
    `Sets \`${SESSION_COOKIE}\` (HttpOnly, SameSite=Strict, Path=/, Secure over https). The ` +
    'session has the key’s role and ends when the key is revoked or expires, after 8 idle hours ' +
    'or 7 days (configurable), or on sign-out.',
  request: {
    body: {
      required: true,
      content: {
        'application/json': {
          schema: z
            .strictObject({ key: z.string().min(1).max(200).describe('An API key, `tdm_…`') })
            .openapi('SignIn'),
        },
      },
    },
  },
  responses: {
    200: json(sessionSchema, 'Signed in; the cookie is set'),
    400: json(errorSchema, 'No key in the body'),
  },
});

export const getSessionRoute = createRoute({
  method: 'get',
  path: '/session',
  tags,
  summary: 'The signed-in session (from its cookie)',
  responses: { 200: json(sessionSchema, 'The session') },
});

export const signOutRoute = createRoute({
  method: 'delete',
  path: '/session',
  tags,
  summary: 'Sign out: the session ends and its cookie is cleared',
  responses: { 204: { description: 'Signed out' } },
});

export const updateSessionRoute = createRoute({
  method: 'patch',
  path: '/session',
  tags,
  summary: 'Change the signed-in person’s preferences (the web app’s language)',
  description:
    'Kept on the person’s key, so the web app opens in their language in any browser. Fields ' +
    'left out stay as they are; `locale: null` forgets the choice.',
  request: {
    body: {
      required: true,
      content: {
        'application/json': {
          schema: z
            .strictObject({
              locale: z
                .enum(personLocales)
                .nullable()
                .optional()
                .describe('`en`, `es`, `vi` or `zh`; null: follow the browser'),
            })
            .openapi('SessionPreferences'),
        },
      },
    },
  },
  responses: {
    200: json(sessionSchema, 'The session, with the preferences as they are now'),
    400: json(errorSchema, 'An unknown language or field'),
  },
});
