// The OpenAPI document states what the input gate (input-gate.ts) and the body limits answer, on
// every operation, so a client generated from it expects them: 400 for any operation (the path
// and query are checked too), 413 and 415 for any that takes a body.
import type { OpenApiDocument } from '../access/openapi-access';
import { maxJsonDepth } from './json-depth';

type PathItem = NonNullable<OpenApiDocument['paths']>[string];
const methods = ['get', 'post', 'put', 'patch', 'delete'] as const;

const errorContent = {
  'application/json': { schema: { $ref: '#/components/schemas/Error' } },
};

const badRequest = {
  description:
    'Refused input, nothing written (VALIDATION, MALFORMED_JSON): error.details names each field as a path (`borrower.firstName`, `search` for a query parameter). ' +
    `Strings may not contain NUL, lone UTF-16 surrogates or control characters other than tab and line breaks; JSON may nest at most ${maxJsonDepth} levels.`,
  content: errorContent,
};
const tooLarge = {
  description: 'The body is over the size limit (BODY_TOO_LARGE)',
  content: errorContent,
};
const unsupported = {
  description: 'The body is not in a media type this operation accepts (UNSUPPORTED_MEDIA_TYPE)',
  content: errorContent,
};

/**
 * Adds the input gate's responses to every operation that lacks them, in place.
 * @example const doc = withInputRules(withAccess(generated, accessMatrix))
 */
export function withInputRules(document: OpenApiDocument): OpenApiDocument {
  for (const item of Object.values<PathItem>(document.paths ?? {})) {
    for (const method of methods) {
      const operation = item[method];
      if (!operation) continue;
      const responses = (operation.responses ??= {});
      responses['400'] ??= badRequest;
      if (operation.requestBody) {
        responses['413'] ??= tooLarge;
        responses['415'] ??= unsupported;
      }
    }
  }
  return document;
}
