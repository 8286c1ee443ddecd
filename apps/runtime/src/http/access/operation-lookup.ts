// Which matrix entry a request is for, and whether a role may call it.
import type { ApiKeyRole } from '../../db/schema';
import type { HttpMethod, Operation } from './access-matrix';

/** `/v1/journeys/{id}` as segments, `{…}` matching any one segment. */
const segmentsOf = (path: string) => path.split('/').filter((part) => part !== '');
const isParam = (segment: string) => segment.startsWith('{') && segment.endsWith('}');

function matches(pattern: string[], actual: string[]): boolean {
  return (
    pattern.length === actual.length &&
    pattern.every((segment, i) => isParam(segment) || segment === actual[i])
  );
}

/** More literal segments first, so `/enrollments/bulk` wins over `/enrollments/{id}`. */
const literalCount = (segments: string[]) => segments.filter((s) => !isParam(s)).length;

/**
 * The operation a request is for, or null when no listed operation matches.
 * @example findOperation(accessMatrix, 'GET', '/v1/journeys/j1')?.operationId // 'getJourney'
 */
export function findOperation(
  matrix: readonly Operation[],
  method: string,
  path: string,
): Operation | null {
  const wanted = (method.toLowerCase() === 'head' ? 'get' : method.toLowerCase()) as HttpMethod;
  const actual = segmentsOf(path);
  let best: { operation: Operation; literals: number } | null = null;
  for (const operation of matrix) {
    if (operation.method !== wanted) continue;
    const pattern = segmentsOf(operation.path);
    if (!matches(pattern, actual)) continue;
    const literals = literalCount(pattern);
    if (!best || literals > best.literals) best = { operation, literals };
  }
  return best?.operation ?? null;
}

/** Whether a role may call an operation (admin always may). */
export function allows(operation: Operation, role: ApiKeyRole): boolean {
  return role === 'admin' || (operation.roles as readonly ApiKeyRole[]).includes(role);
}
