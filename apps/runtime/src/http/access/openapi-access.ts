// The OpenAPI document learns who may call what from the access matrix, not from each route:
// every operation gets its operationId, `x-roles`, a "Roles:" line, its security requirements and
// its 401/403 responses here (replacing any a route module wrote).
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AuthKind, HttpMethod, Operation } from './access-matrix';
import { SESSION_COOKIE, CSRF_HEADER } from './session-tokens';

export type OpenApiDocument = ReturnType<OpenAPIHono['getOpenAPI31Document']>;
type OperationObject = NonNullable<NonNullable<OpenApiDocument['paths']>[string]['get']>;
type Schema = NonNullable<NonNullable<OpenApiDocument['components']>['schemas']>[string];

const methods: HttpMethod[] = ['get', 'post', 'put', 'patch', 'delete'];

export const securitySchemes = {
  apiKey: {
    type: 'http',
    scheme: 'bearer',
    description: 'An API key (`tdm_…`): machines, scripts, and the first sign-in.',
  },
  session: {
    type: 'apiKey',
    in: 'cookie',
    name: SESSION_COOKIE,
    description: `The web app's session cookie (POST /v1/session). Unsafe methods also need the \`${CSRF_HEADER}\` header.`,
  },
  webhookSignature: {
    type: 'apiKey',
    in: 'header',
    name: 'Tandem-Signature',
    description:
      'POST /v1/events only: `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>">`.',
  },
} as const;

const security: Record<AuthKind, Array<Record<string, string[]>>> = {
  credential: [{ apiKey: [] }, { session: [] }],
  keyOrSignature: [{ apiKey: [] }, { session: [] }, { webhookSignature: [] }],
  signIn: [],
  session: [{ session: [] }],
};

const errorContent = {
  'application/json': { schema: { $ref: '#/components/schemas/Error' } },
};

const unauthorized = {
  description:
    'No working credential: no key or session (UNAUTHORIZED), a revoked or expired key (KEY_REVOKED, KEY_EXPIRED), a timed-out session (SESSION_EXPIRED)',
  content: errorContent,
};

/** Why this operation may answer 403, if it may. */
function forbiddenReasons(operation: Operation): string[] {
  const auth = operation.auth ?? 'credential';
  const reasons: string[] = [];
  if (auth === 'credential' || auth === 'keyOrSignature') {
    reasons.push(
      `the caller's role is not one of ${['admin', ...operation.roles].join(', ')} (FORBIDDEN)`,
    );
  }
  if (auth === 'signIn') reasons.push('the Origin header is not this server’s (CSRF)');
  else if (operation.method !== 'get') {
    reasons.push(`a signed-in page sent no or a wrong ${CSRF_HEADER}, or a foreign Origin (CSRF)`);
  }
  return reasons;
}

function rolesLine(operation: Operation): string {
  if (operation.auth === 'signIn') return 'No credential needed: the key is in the body.';
  const roles = ['admin', ...operation.roles];
  return `Roles: ${roles.join(', ')}.`;
}

/** The matrix's entry for one documented operation, or undefined (the matrix test fails then). */
const entryFor = (matrix: readonly Operation[], method: HttpMethod, path: string) =>
  matrix.find((operation) => operation.method === method && operation.path === path);

function annotate(target: OperationObject, operation: Operation): void {
  const auth = operation.auth ?? 'credential';
  target.operationId = operation.operationId;
  target['x-roles'] = auth === 'signIn' ? [] : ['admin', ...operation.roles];
  target.description = [target.description, rolesLine(operation)].filter(Boolean).join('\n\n');
  target.security = security[auth];
  const responses = (target.responses ??= {});
  responses['401'] = unauthorized;
  const reasons = forbiddenReasons(operation);
  if (reasons.length > 0) {
    responses['403'] = {
      description: `Refused: ${reasons.join('; or ')}`,
      content: errorContent,
    };
  }
}

/** The error shape, in case no route has registered it. */
const errorSchema = (): Schema => ({
  type: 'object',
  required: ['error'],
  properties: {
    error: {
      type: 'object',
      required: ['code', 'message'],
      properties: { code: { type: 'string' }, message: { type: 'string' }, details: {} },
    },
  },
});

/**
 * Adds what the access matrix says to a generated document, in place, and returns it.
 * @example const doc = withAccess(app.getOpenAPI31Document(config), accessMatrix)
 */
export function withAccess(
  document: OpenApiDocument,
  matrix: readonly Operation[],
): OpenApiDocument {
  for (const [path, item] of Object.entries(document.paths ?? {})) {
    for (const method of methods) {
      const target = item[method];
      const operation = entryFor(matrix, method, path);
      if (target && operation) annotate(target, operation);
    }
  }
  document.components ??= {};
  document.components.schemas ??= {};
  document.components.schemas.Error ??= errorSchema();
  document.components.securitySchemes = {
    ...document.components.securitySchemes,
    ...securitySchemes,
  };
  document.security = security.credential;
  return document;
}
