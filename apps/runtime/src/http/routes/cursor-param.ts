import { decodeCursor, type KeysetPosition } from '../../db/queries/keyset-cursor';
import { ApiError } from '../errors';

/**
 * The position in a `cursor` query parameter; a cursor we did not issue is a 400 naming it.
 * @example const after = cursorParam(c.req.valid('query').cursor)
 */
export function cursorParam(cursor: string | undefined): KeysetPosition | undefined {
  if (cursor === undefined) return undefined;
  const position = decodeCursor(cursor);
  if (position) return position;
  const message = 'not a cursor this API issued: pass nextCursor from the previous page';
  throw new ApiError(400, 'VALIDATION', `cursor: ${message}`, [{ path: 'cursor', message }]);
}
